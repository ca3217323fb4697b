// Logs: the named values a training step, epoch or evaluation reports, in Keras' order and with
// Keras' keys ("accuracy", "loss", "val_accuracy", "val_loss", …). The keys are data: callbacks,
// History and the progress bar all read them.
using System.Globalization;

namespace Dendrite.Training;

/// <summary>Named metric values in insertion order, e.g. <c>accuracy</c>, <c>loss</c>, <c>val_loss</c>.</summary>
public sealed class Logs : OrderedDictionary<string, double>
{
    /// <summary>Creates empty logs.</summary>
    public Logs()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Creates logs holding a copy of <paramref name="values"/>.</summary>
    /// <param name="values">The values to copy, in order.</param>
    public Logs(IEnumerable<KeyValuePair<string, double>> values)
        : this()
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (k, v) in values)
        {
            this[k] = v;
        }
    }

    /// <summary>Keras' text: <c>accuracy: 0.9100 - loss: 0.2300</c>.</summary>
    public override string ToString() => string.Join(" - ", this.Select(kv => $"{kv.Key}: {Format(kv.Value)}"));

    /// <summary>Formats a value as Keras' progress bar does: 4 decimals, or scientific below 1e-3.</summary>
    /// <param name="value">The value.</param>
    public static string Format(double value) => Math.Abs(value) > 1e-3 || value == 0
        ? value.ToString("F4", CultureInfo.InvariantCulture)
        : value.ToString("0.0000e+00", CultureInfo.InvariantCulture);
}
