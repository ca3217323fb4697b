// TensorBoard: Keras' TensorBoard callback (keras/src/callbacks/tensorboard.py) writing real event files.
//   <logDir>/train/       epoch_<key> for every training log key (loss, accuracy, grad_norm/<layer>, …) and
//                         epoch_learning_rate, step = epoch; batch_<key> every N batches (UpdateFrequency), step =
//                         the 1-based global batch; <weight>/histogram (and <weight>/gradient_histogram, the last
//                         batch's raw gradient) every histogramFreq epochs; the model summary as text
//   <logDir>/validation/  epoch_<key> for every val_<key> (prefix removed), step = epoch; and
//                         evaluation_<key>_vs_iterations, step = the optimizer's iteration count
//   <logDir>/             the hparams plugin's session start / end, when hyper-parameters are given
// Keras writes the TensorFlow graph when write_graph is set; Dendrite has no TensorFlow graph, so writeGraph writes
// the model's summary table (Model.SummaryText) as Markdown text instead, tag "model_summary", step 0.
// Files are flushed at every epoch end and at the end of training; between flushes no file is open (see
// EventFileWriter), so a failed Fit leaves every record flushed before it complete and nothing open.
using Dendrite.Autodiff;
using Dendrite.TensorBoard.Protos;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.TensorBoard;

/// <summary>Writes TensorBoard event files: scalars, histograms of weights and gradients, the model summary and hyper-parameters.</summary>
public sealed partial class TensorBoard : Callback
{
    private readonly KeyValuePair<string, object>[] _hparams;
    private EventFileWriter? _train;
    private EventFileWriter? _validation;
    private EventFileWriter? _root;
    private long _globalBatch;
    private int _epoch;

    /// <summary>Creates the callback; files are created when training begins.</summary>
    /// <param name="logDir">The directory of this run's logs (point TensorBoard at it or at its parent); default <c>logs</c>.</param>
    /// <param name="histogramFreq">Write histograms of the weights and their gradients every this many epochs (0 = never); default 0.</param>
    /// <param name="updateFreq">Also write batch-level scalars every N batches; default <see cref="UpdateFrequency.Epoch"/> (epoch-level only).</param>
    /// <param name="writeGraph">Write the model's summary table as text (Dendrite's stand-in for Keras' graph); default true.</param>
    /// <param name="hparams">Hyper-parameters for the hparams plugin, each a number, string or bool; default null (none written).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="histogramFreq"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="logDir"/> is empty, or a hyper-parameter is not a number, string or bool.</exception>
    public TensorBoard(string logDir = "logs", int histogramFreq = 0, UpdateFrequency updateFreq = default, bool writeGraph = true, IReadOnlyDictionary<string, object>? hparams = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(logDir);
        if (histogramFreq < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(histogramFreq), histogramFreq, $"TensorBoard histogramFreq must be >= 0 (0 = no histograms), received {histogramFreq}.");
        }

        foreach (var (name, value) in hparams ?? new Dictionary<string, object>())
        {
            if (value is not (string or bool or double or float or int or long) || value is double d && !double.IsFinite(d))
            {
                throw new ArgumentException($"TensorBoard hparams['{name}'] must be a finite number, a string or a bool, received {value?.GetType().Name ?? "null"} '{value}'.", nameof(hparams));
            }
        }

        LogDir = Path.GetFullPath(logDir);
        HistogramFreq = histogramFreq;
        UpdateFreq = updateFreq;
        WriteGraph = writeGraph;
        _hparams = [.. hparams ?? new Dictionary<string, object>()];
    }

    /// <summary>The log directory (absolute).</summary>
    public string LogDir { get; }

    /// <summary>Epochs between histogram writes; 0 = none.</summary>
    public int HistogramFreq { get; }

    /// <summary>How often batch-level scalars are written.</summary>
    public UpdateFrequency UpdateFreq { get; }

    /// <summary>Whether the model summary is written as text.</summary>
    public bool WriteGraph { get; }

    /// <summary>Gradients are needed only for the gradient histograms.</summary>
    public override bool NeedsGradients => HistogramFreq > 0;

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs)
    {
        _globalBatch = 0;
        _train = new EventFileWriter(Path.Combine(LogDir, "train"));
        _validation = null;
        if (WriteGraph && Model is not null)
        {
            // Indented by four spaces: a Markdown code block, so the table keeps its columns.
            string table = string.Join('\n', Model.SummaryText().ReplaceLineEndings("\n").Split('\n').Select(line => "    " + line));
            _train.Add(0, Summaries.Text("model_summary", table));
            _train.Flush();
        }

        if (_hparams.Length > 0)
        {
            _root = new EventFileWriter(LogDir);
            _root.Add(0, Summaries.HParamsStart(_hparams, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0));
            _root.Flush();
        }
    }

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch) => _epoch = epoch;

    /// <inheritdoc/>
    public override void OnTrainBatchEnd(int batch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        _globalBatch++;
        if (_train is null || UpdateFreq.Batches == 0 || _globalBatch % UpdateFreq.Batches != 0)
        {
            return;
        }

        foreach (var (key, value) in logs)
        {
            _train.Add(_globalBatch, Summaries.Scalar("batch_" + key, value));
        }
    }

    /// <inheritdoc/>
    public override void OnTestEnd(Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        if (_train is null || Model?.Optimizer is not { } optimizer)
        {
            return; // not inside Fit
        }

        _validation ??= new EventFileWriter(Path.Combine(LogDir, "validation"));
        foreach (var (key, value) in logs)
        {
            _validation.Add(optimizer.Iterations, Summaries.Scalar($"evaluation_{key}_vs_iterations", value));
        }
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        if (_train is null)
        {
            return;
        }

        foreach (var (key, value) in logs)
        {
            if (key.StartsWith("val_", StringComparison.Ordinal))
            {
                _validation ??= new EventFileWriter(Path.Combine(LogDir, "validation"));
                _validation.Add(epoch, Summaries.Scalar("epoch_" + key[4..], value));
            }
            else if (key != "learning_rate")
            {
                _train.Add(epoch, Summaries.Scalar("epoch_" + key, value));
            }
        }

        if (Model?.Optimizer is { } optimizer)
        {
            _train.Add(epoch, Summaries.Scalar("epoch_learning_rate", optimizer.LearningRate));
        }

        if (HistogramFreq > 0 && epoch % HistogramFreq == 0)
        {
            WriteHistograms(epoch);
        }

        _train.Flush();
        _validation?.Flush();
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(Logs logs)
    {
        _train?.Flush();
        _validation?.Flush();
        if (_root is not null)
        {
            _root.Add(0, Summaries.HParamsEnd(HParamsStatus.StatusSuccess, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0));
            _root.Flush();
        }

        _train = _validation = _root = null;
    }

    /// <summary>The event files written by the last (or current) run: train, validation and root, those that exist.</summary>
    internal IEnumerable<string> Files => new[] { _train?.Path, _validation?.Path, _root?.Path }.OfType<string>();
}
