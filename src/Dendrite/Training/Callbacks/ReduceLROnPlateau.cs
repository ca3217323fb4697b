// ReduceLROnPlateau: lowers the optimizer's learning rate when a monitored value stops improving
// (Keras 3, keras/src/callbacks/reduce_lr_on_plateau.py and monitor_callback.py). At each epoch end:
//   logs["learning_rate"] = η                       (the rate the epoch ran with, before any change)
//   improvement:  mode min:  current + minDelta < best        mode max:  current − minDelta > best
//   if cooling down:        cooldownCounter −= 1;  wait = 0
//   if improvement:         best = current;  wait = 0
//   else if not cooling down: wait += 1;  when wait ≥ patience and η > minLr:
//                           η ← max(η · factor, minLr);  cooldownCounter = cooldown;  wait = 0
// OnTrainBegin resets best (to ±∞), wait and the cooldown, so one instance can serve several Fit calls.
// Differences from Keras, both at the public boundary: a missing monitor key throws (Keras warns and
// skips the epoch), and factor must be in (0, 1) and minDelta ≥ 0 (Keras checks only factor < 1 and takes |minDelta|).
using System.Globalization;

namespace Dendrite.Training.Callbacks;

/// <summary>Multiplies the learning rate by <c>factor</c> when a monitored metric has stopped improving.</summary>
/// <remarks>After <c>patience</c> epochs without an improvement larger than <c>minDelta</c>: <c>η ← max(η · factor, minLr)</c>, then <c>cooldown</c> epochs of rest.</remarks>
public sealed class ReduceLROnPlateau : Callback
{
    private readonly TextWriter? _output;

    /// <summary>Creates the callback.</summary>
    /// <param name="monitor">The log key to watch; default <c>val_loss</c>.</param>
    /// <param name="factor">The multiplier of the learning rate, in (0, 1); default 0.1.</param>
    /// <param name="patience">Epochs without improvement before reducing, ≥ 0; default 10.</param>
    /// <param name="verbose">1 prints a line at each reduction; default 0.</param>
    /// <param name="mode"><c>auto</c>, <c>min</c> or <c>max</c>; default <c>auto</c> (max for accuracies, min otherwise).</param>
    /// <param name="minDelta">The smallest change that counts as an improvement, ≥ 0; default 1e-4.</param>
    /// <param name="cooldown">Epochs to wait after a reduction before counting again, ≥ 0; default 0.</param>
    /// <param name="minLr">The lower bound of the learning rate, ≥ 0; default 0.</param>
    /// <param name="output">Where messages go when verbose; default null = the console.</param>
    /// <exception cref="ArgumentException">A setting is out of range or <paramref name="mode"/> is unknown.</exception>
    public ReduceLROnPlateau(string monitor = "val_loss", double factor = 0.1, int patience = 10, int verbose = 0, string mode = "auto", double minDelta = 1e-4, int cooldown = 0, double minLr = 0, TextWriter? output = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(monitor);
        if (!(factor is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, $"ReduceLROnPlateau factor must be in (0, 1) (new_lr = lr * factor), received {factor}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(patience);
        ArgumentOutOfRangeException.ThrowIfNegative(verbose);
        ArgumentOutOfRangeException.ThrowIfNegative(cooldown);
        if (!(minDelta >= 0) || double.IsInfinity(minDelta))
        {
            throw new ArgumentOutOfRangeException(nameof(minDelta), minDelta, $"ReduceLROnPlateau minDelta must be finite and >= 0, received {minDelta}.");
        }

        if (!(minLr >= 0) || double.IsInfinity(minLr))
        {
            throw new ArgumentOutOfRangeException(nameof(minLr), minLr, $"ReduceLROnPlateau minLr must be finite and >= 0, received {minLr}.");
        }

        Monitor = monitor;
        Factor = factor;
        Patience = patience;
        Verbose = verbose;
        Mode = MonitorMode.Resolve(monitor, mode, nameof(ReduceLROnPlateau));
        MinDelta = minDelta;
        Cooldown = cooldown;
        MinLr = minLr;
        _output = output;
        Reset();
    }

    /// <summary>The log key watched.</summary>
    public string Monitor { get; }

    /// <summary>The multiplier applied to the learning rate at each reduction.</summary>
    public double Factor { get; }

    /// <summary>Epochs without improvement before reducing.</summary>
    public int Patience { get; }

    /// <summary>1 prints a line at each reduction.</summary>
    public int Verbose { get; }

    /// <summary><c>min</c> or <c>max</c> (auto resolved).</summary>
    public string Mode { get; }

    /// <summary>The smallest change that counts as an improvement.</summary>
    public double MinDelta { get; }

    /// <summary>Epochs of rest after a reduction.</summary>
    public int Cooldown { get; }

    /// <summary>The lower bound of the learning rate.</summary>
    public double MinLr { get; }

    /// <summary>The best monitored value so far (±∞ before the first epoch).</summary>
    public double Best { get; private set; }

    /// <summary>Epochs since the last improvement or reduction.</summary>
    public int Wait { get; private set; }

    /// <summary>Epochs of cooldown still to run.</summary>
    public int CooldownCounter { get; private set; }

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs) => Reset();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The callback has no compiled model.</exception>
    /// <exception cref="KeyNotFoundException">The monitored key is not in the logs; the message lists those that are.</exception>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        Optimizers.Optimizer optimizer = Model?.Optimizer
            ?? throw new InvalidOperationException("ReduceLROnPlateau needs a compiled model: pass it to Fit's callbacks (or set Model to a compiled model).");
        logs["learning_rate"] = optimizer.LearningRate;
        if (!logs.TryGetValue(Monitor, out double current))
        {
            throw new KeyNotFoundException($"ReduceLROnPlateau monitors '{Monitor}', which is not in the logs. Available: {string.Join(", ", logs.Keys)}.");
        }

        if (CooldownCounter > 0)
        {
            CooldownCounter--;
            Wait = 0;
        }

        if (Mode == "min" ? current + MinDelta < Best : current - MinDelta > Best)
        {
            Best = current;
            Wait = 0;
            return;
        }

        if (CooldownCounter > 0 || ++Wait < Patience || !(optimizer.LearningRate > MinLr))
        {
            return;
        }

        double reduced = Math.Max(optimizer.LearningRate * Factor, MinLr);
        optimizer.LearningRate = reduced;
        if (Verbose > 0)
        {
            (_output ?? Console.Out).WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nEpoch {epoch + 1}: ReduceLROnPlateau reducing learning rate to {PythonFloat.Repr(reduced)}."));
        }

        CooldownCounter = Cooldown;
        Wait = 0;
    }

    private void Reset()
    {
        Best = Mode == "min" ? double.PositiveInfinity : double.NegativeInfinity;
        Wait = 0;
        CooldownCounter = 0;
    }
}
