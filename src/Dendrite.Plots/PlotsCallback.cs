// PlotsCallback: writes a run's plots into its folder when Fit ends (Keras' callback protocol: OnTrainEnd runs after
// the last epoch, also after early stopping). It keeps its own copy of every epoch's logs, as History does, and then
// writes learning_curves.png (always), weights.png (the model's weight histograms, when it has weights) and, when
// the logs carry per-layer gradient norms (the grad_norm/<layer> keys of a GradientNorms callback), gradient_norms.png. The paths
// written are in Files, for the caller to print. The plots need the whole run, so nothing is written before the end.
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Plots;

/// <summary>Writes the learning curves, weight histograms and (when recorded) gradient norms into a folder at the end of Fit.</summary>
public sealed class PlotsCallback : Callback
{
    private readonly Dictionary<string, List<double>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<string> _files = [];

    /// <summary>Creates the callback.</summary>
    /// <param name="folder">The folder to write into (e.g. a run folder); created if needed.</param>
    /// <param name="monitor">The key whose best epoch the learning curves mark; default null = <c>val_loss</c> when logged, else <c>loss</c>.</param>
    /// <param name="mode"><c>auto</c>, <c>min</c> or <c>max</c> for the monitor, as EarlyStopping's; default <c>auto</c>.</param>
    /// <param name="format"><c>png</c> or <c>svg</c>; default <c>png</c>.</param>
    /// <exception cref="ArgumentException">The folder is empty, or the format is not png or svg.</exception>
    public PlotsCallback(string folder, string? monitor = null, string mode = "auto", string format = "png")
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (format is not ("png" or "svg"))
        {
            throw new ArgumentException($"{nameof(PlotsCallback)} writes 'png' or 'svg', received '{format}'.", nameof(format));
        }

        Folder = folder;
        Monitor = monitor;
        Mode = mode;
        Format = format;
    }

    /// <summary>The folder the plots go into.</summary>
    public string Folder { get; }

    /// <summary>The key whose best epoch is marked (null = <c>val_loss</c>, else <c>loss</c>).</summary>
    public string? Monitor { get; }

    /// <summary><c>auto</c>, <c>min</c> or <c>max</c>.</summary>
    public string Mode { get; }

    /// <summary>The image format, <c>png</c> or <c>svg</c>.</summary>
    public string Format { get; }

    /// <summary>The full paths of the files written at the end of the last Fit, in order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs)
    {
        _values.Clear();
        _keys.Clear();
        _files.Clear();
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        foreach (var (key, value) in logs)
        {
            if (!_values.TryGetValue(key, out List<double>? list))
            {
                _values[key] = list = [];
                _keys.Add(key);
            }

            list.Add(value);
        }
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(Logs logs)
    {
        int epochs = _values.Values.Select(v => v.Count).DefaultIfEmpty(0).Max();
        if (epochs == 0)
        {
            return;   // training stopped before the first epoch ended: no curve to draw
        }

        // A key first logged after epoch 1 would misalign; only keys logged every epoch are drawn.
        // The GradientNorms callback's grad_norm/<layer> keys get their own plot rather than a panel each.
        var complete = _keys.Where(k => _values[k].Count == epochs && !k.StartsWith(GradientNorms.KeyPrefix, StringComparison.Ordinal))
            .ToDictionary(k => k, k => (IReadOnlyList<double>)_values[k], StringComparer.Ordinal);
        var norms = _keys.Where(k => _values[k].Count == epochs && k.StartsWith(GradientNorms.KeyPrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[GradientNorms.KeyPrefix.Length..], k => (IReadOnlyList<double>)_values[k], StringComparer.Ordinal);
        _files.Add(LearningCurves.Save(complete, Path.Combine(Folder, $"learning_curves.{Format}"), Monitor, Mode));
        if (Model is { } model && model.Layers.Any(l => l.Weights.Any(w => !w.Name.EndsWith("/bias", StringComparison.Ordinal))))
        {
            _files.Add(WeightHistograms.Save(model, Path.Combine(Folder, $"weights.{Format}")));
        }

        if (norms.Count > 0)
        {
            _files.Add(GradientNormPlot.Save(norms, Path.Combine(Folder, $"gradient_norms.{Format}")));
        }
    }
}
