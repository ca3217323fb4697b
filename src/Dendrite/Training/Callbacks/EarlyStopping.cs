// EarlyStopping (Keras 3 semantics): stop when the monitored value has not improved for `patience` epochs.
//   improvement:  mode min:  current + minDelta < best        mode max:  current − minDelta > best
//   each epoch ≥ startFromEpoch: wait += 1; on improvement best = current and wait = 0 (only if the value
//   also beats `baseline`, when one is given); when wait ≥ patience (and epoch > 0) training stops.
//   restoreBestWeights: at the end of training the weights of the best epoch are put back.
// mode auto: max for accuracy / AUC / precision / recall / F-scores / R², min otherwise (MonitorMode).
using System.Globalization;

namespace Dendrite.Training.Callbacks;

/// <summary>Stops training when a monitored metric stops improving, optionally restoring the best weights.</summary>
public sealed class EarlyStopping : Callback
{
    private readonly TextWriter? _output;
    private IReadOnlyList<Dendrite.Tensors.Tensor>? _bestWeights;
    private int _wait;

    /// <summary>Creates an early-stopping callback.</summary>
    /// <param name="monitor">The log key to watch; default <c>val_loss</c>.</param>
    /// <param name="minDelta">The smallest change that counts as an improvement, ≥ 0; default 0.</param>
    /// <param name="patience">Epochs without improvement before stopping, ≥ 0; default 0.</param>
    /// <param name="mode"><c>auto</c>, <c>min</c> or <c>max</c>; default <c>auto</c>.</param>
    /// <param name="baseline">A value the metric must beat for waiting to reset; default null = none.</param>
    /// <param name="restoreBestWeights">Put back the best epoch's weights when training ends; default false.</param>
    /// <param name="startFromEpoch">Epochs to let pass before watching (warm-up); default 0.</param>
    /// <param name="verbose">1 prints when stopping and restoring; default 0.</param>
    /// <param name="output">Where messages go when verbose; default null = the console.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public EarlyStopping(string monitor = "val_loss", double minDelta = 0, int patience = 0, string mode = "auto", double? baseline = null, bool restoreBestWeights = false, int startFromEpoch = 0, int verbose = 0, TextWriter? output = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(monitor);
        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfNegative(startFromEpoch);
        if (!(minDelta >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minDelta), minDelta, "EarlyStopping minDelta must be >= 0.");
        }

        Monitor = monitor;
        MinDelta = minDelta;
        Patience = patience;
        Mode = MonitorMode.Resolve(monitor, mode, nameof(EarlyStopping));
        Baseline = baseline;
        RestoreBestWeights = restoreBestWeights;
        StartFromEpoch = startFromEpoch;
        Verbose = verbose;
        _output = output;
    }

    /// <summary>The log key watched.</summary>
    public string Monitor { get; }

    /// <summary>The smallest change that counts as an improvement.</summary>
    public double MinDelta { get; }

    /// <summary>Epochs without improvement before stopping.</summary>
    public int Patience { get; }

    /// <summary><c>min</c> or <c>max</c> (auto resolved).</summary>
    public string Mode { get; }

    /// <summary>A value to beat for waiting to reset, or null.</summary>
    public double? Baseline { get; }

    /// <summary>Whether the best weights are restored at the end.</summary>
    public bool RestoreBestWeights { get; }

    /// <summary>Epochs to let pass before watching.</summary>
    public int StartFromEpoch { get; }

    /// <summary>1 prints messages.</summary>
    public int Verbose { get; }

    /// <summary>The best value seen.</summary>
    public double Best { get; private set; }

    /// <summary>The epoch of the best value, from 0.</summary>
    public int BestEpoch { get; private set; }

    /// <summary>The epoch at which training was stopped (from 0), or 0 if it was not.</summary>
    public int StoppedEpoch { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs)
    {
        _wait = 0;
        StoppedEpoch = 0;
        Best = Mode == "min" ? double.PositiveInfinity : double.NegativeInfinity;
        BestEpoch = 0;
        _bestWeights = null;
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        if (!logs.TryGetValue(Monitor, out double current))
        {
            throw new KeyNotFoundException($"EarlyStopping monitors '{Monitor}', which is not in the logs. Available: {string.Join(", ", logs.Keys)}.");
        }

        if (epoch < StartFromEpoch)
        {
            return;
        }

        if (RestoreBestWeights && _bestWeights is null)
        {
            _bestWeights = Model?.GetWeights();
            BestEpoch = epoch;
        }

        _wait++;
        if (IsImprovement(current, Best))
        {
            Best = current;
            BestEpoch = epoch;
            if (RestoreBestWeights)
            {
                _bestWeights = Model?.GetWeights();
            }

            if (Baseline is not { } b || IsImprovement(current, b))
            {
                _wait = 0;
            }

            return;
        }

        if (_wait >= Patience && epoch > 0)
        {
            StoppedEpoch = epoch;
            if (Model is not null)
            {
                Model.StopTraining = true;
            }
        }
    }

    /// <inheritdoc/>
    public override void OnTrainEnd(Logs logs)
    {
        TextWriter output = _output ?? Console.Out;
        if (StoppedEpoch > 0 && Verbose > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Epoch {StoppedEpoch + 1}: early stopping"));
        }

        if (RestoreBestWeights && _bestWeights is not null && Model is not null)
        {
            if (Verbose > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Restoring model weights from the end of the best epoch: {BestEpoch + 1}."));
            }

            Model.SetWeights(_bestWeights);
        }
    }

    private bool IsImprovement(double value, double reference) =>
        Mode == "min" ? value + MinDelta < reference : value - MinDelta > reference;
}
