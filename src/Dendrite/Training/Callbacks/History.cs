// History: records every epoch's logs. Fit always attaches one and returns it, as Keras does:
//   history.Values["val_loss"][e] is the validation loss after epoch e.
namespace Dendrite.Training.Callbacks;

/// <summary>The per-epoch metrics of a training run; returned by <c>Fit</c>.</summary>
public sealed class History : Callback
{
    private readonly List<int> _epochs = [];
    private readonly Dictionary<string, List<double>> _values = new(StringComparer.Ordinal);

    /// <summary>Whether Fit's cancellation token ended training (after a step; that epoch is not recorded).</summary>
    public bool Cancelled { get; internal set; }

    /// <summary>The epoch indices recorded, in order.</summary>
    public IReadOnlyList<int> Epochs => _epochs;

    /// <summary>For each log key (<c>loss</c>, <c>val_accuracy</c>, …), its value at each recorded epoch.</summary>
    public IReadOnlyDictionary<string, List<double>> Values => _values;

    /// <summary>The values of one key, e.g. <c>history["loss"]</c>.</summary>
    /// <param name="key">A log key.</param>
    /// <exception cref="KeyNotFoundException">The key was never logged; the message lists the keys that were.</exception>
    public IReadOnlyList<double> this[string key] => _values.TryGetValue(key, out var v)
        ? v
        : throw new KeyNotFoundException($"History has no '{key}'. Logged keys: {string.Join(", ", _values.Keys)}.");

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        _epochs.Add(epoch);
        foreach (var (key, value) in logs)
        {
            if (!_values.TryGetValue(key, out var list))
            {
                _values[key] = list = [];
            }

            list.Add(value);
        }
    }
}
