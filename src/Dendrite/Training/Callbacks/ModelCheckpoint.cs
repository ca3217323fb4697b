// ModelCheckpoint (Keras 3 keras/src/callbacks/model_checkpoint.py): saves the model (or its weights) at the
// end of every epoch, or every saveFreq training batches.
//   file name:  filepath.format(epoch=epoch + 1, **logs) in Python's str.format (FilePathPattern), with
//               batch=batch + 1 too when saving by batch; "model-{epoch:02d}-{val_loss:.2f}.dendrite".
//   saveBestOnly: save only when the monitored value improves on the best so far (mode min: current < best,
//               mode max: current > best; best starts at initialValueThreshold, else ±∞). A missing monitor
//               key saves anyway (Keras warns), NaN never improves.
//   mode auto:  max for accuracy / AUC / precision / recall / F-scores / R², min otherwise (MonitorMode).
//   saveWeightsOnly: model.SaveWeights (a .safetensors file), else model.Save (a .dendrite file); as Keras checks
//               ".weights.h5" / ".keras", the extension must match. Missing directories are created.
// Keras' save_freq ("epoch" or an int) is the typed saveFreq: null = every epoch, n = every n batches.
using System.Globalization;

namespace Dendrite.Training.Callbacks;

/// <summary>Saves the model or its weights during training: every epoch, every n batches, or only when a metric improves.</summary>
public sealed class ModelCheckpoint : Callback
{
    private readonly TextWriter? _output;
    private int _currentEpoch;
    private int _batchesSinceSave;
    private int _lastBatchSeen;

    /// <summary>Creates a checkpoint callback.</summary>
    /// <param name="filepath">The file, with Python-format placeholders <c>{epoch}</c>, <c>{batch}</c> and log keys, e.g. <c>model-{epoch:02d}-{val_loss:.2f}.dendrite</c>; must end in <c>.dendrite</c>, or <c>.safetensors</c> with <paramref name="saveWeightsOnly"/>.</param>
    /// <param name="monitor">The log key compared when <paramref name="saveBestOnly"/>; default <c>val_loss</c>.</param>
    /// <param name="verbose">1 prints a line for each save decision; default 0.</param>
    /// <param name="saveBestOnly">Save only when the monitored value improves; default false.</param>
    /// <param name="saveWeightsOnly">Save only the weights (safetensors) instead of the whole model; default false.</param>
    /// <param name="mode"><c>auto</c>, <c>min</c> or <c>max</c>; default <c>auto</c>.</param>
    /// <param name="saveFreq">Save every this many training batches, ≥ 1; default null = at the end of every epoch (Keras' <c>"epoch"</c>).</param>
    /// <param name="initialValueThreshold">The best value to beat at first with <paramref name="saveBestOnly"/>; default null = ±∞.</param>
    /// <param name="output">Where messages go when verbose; default null = the console.</param>
    /// <exception cref="ArgumentException">The path, its extension, the mode or the frequency is invalid.</exception>
    public ModelCheckpoint(string filepath, string monitor = "val_loss", int verbose = 0, bool saveBestOnly = false, bool saveWeightsOnly = false, string mode = "auto", int? saveFreq = null, double? initialValueThreshold = null, TextWriter? output = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filepath);
        ArgumentException.ThrowIfNullOrEmpty(monitor);
        string extension = saveWeightsOnly ? ".safetensors" : ".dendrite";
        if (!filepath.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"ModelCheckpoint with saveWeightsOnly: {saveWeightsOnly} needs a filepath ending in '{extension}', received \"{filepath}\".", nameof(filepath));
        }

        if (saveFreq is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(saveFreq), saveFreq, "ModelCheckpoint saveFreq must be >= 1 batch, or null for every epoch.");
        }

        Filepath = filepath;
        Monitor = monitor;
        Verbose = verbose;
        SaveBestOnly = saveBestOnly;
        SaveWeightsOnly = saveWeightsOnly;
        Mode = MonitorMode.Resolve(monitor, mode, nameof(ModelCheckpoint));
        SaveFreq = saveFreq;
        Best = initialValueThreshold ?? (Mode == "min" ? double.PositiveInfinity : double.NegativeInfinity);
        _output = output;
    }

    /// <summary>The file-name pattern.</summary>
    public string Filepath { get; }

    /// <summary>The log key compared when saving only the best.</summary>
    public string Monitor { get; }

    /// <summary>1 prints messages.</summary>
    public int Verbose { get; }

    /// <summary>Whether only improvements are saved.</summary>
    public bool SaveBestOnly { get; }

    /// <summary>Whether only the weights are saved.</summary>
    public bool SaveWeightsOnly { get; }

    /// <summary><c>min</c> or <c>max</c> (auto resolved).</summary>
    public string Mode { get; }

    /// <summary>Batches between saves, or null for every epoch.</summary>
    public int? SaveFreq { get; }

    /// <summary>The best monitored value so far.</summary>
    public double Best { get; private set; }

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch) => _currentEpoch = epoch;

    /// <inheritdoc/>
    public override void OnTrainBatchEnd(int batch, Logs logs)
    {
        if (SaveFreq is not { } every)
        {
            return;
        }

        _batchesSinceSave += batch <= _lastBatchSeen ? batch + 1 : batch - _lastBatchSeen;
        _lastBatchSeen = batch;
        if (_batchesSinceSave >= every)
        {
            _batchesSinceSave = 0;
            Save(_currentEpoch, batch, logs);
        }
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        if (SaveFreq is null)
        {
            Save(epoch, null, logs);
        }
    }

    private void Save(int epoch, int? batch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        Models.Model model = Model ?? throw new InvalidOperationException("ModelCheckpoint has no model: it saves only while Fit runs.");
        var values = new Dictionary<string, object>(StringComparer.Ordinal) { ["epoch"] = epoch + 1 };
        if (batch is { } b)
        {
            values["batch"] = b + 1;
        }

        foreach (var (key, value) in logs)
        {
            values[key] = value;
        }

        string path = FilePathPattern.Format(Filepath, values);
        if (!ShouldSave(epoch, logs, path))
        {
            return;
        }

        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        if (SaveWeightsOnly)
        {
            model.SaveWeights(path);
        }
        else
        {
            model.Save(path);
        }
    }

    private bool ShouldSave(int epoch, Logs logs, string path)
    {
        if (!SaveBestOnly)
        {
            Say($"Epoch {epoch + 1}: saving model to {path}");
            return true;
        }

        if (!logs.TryGetValue(Monitor, out double current))
        {
            Say($"Can save best model only with {Monitor} available, which is not in the logs ({string.Join(", ", logs.Keys)}); saving anyway.");
            return true;
        }

        string best = Best.ToString("F5", CultureInfo.InvariantCulture).Replace("Infinity", "inf", StringComparison.Ordinal).Replace("∞", "inf", StringComparison.Ordinal);
        if (Mode == "min" ? current < Best : current > Best)
        {
            Say($"Epoch {epoch + 1}: {Monitor} improved from {best} to {current.ToString("F5", CultureInfo.InvariantCulture)}, saving model to {path}");
            Best = current;
            return true;
        }

        Say($"Epoch {epoch + 1}: {Monitor} did not improve from {best}");
        return false;
    }

    private void Say(string message)
    {
        if (Verbose > 0)
        {
            (_output ?? Console.Out).WriteLine(message);
        }
    }
}
