// LearningRateScheduler: sets the learning rate at the start of every epoch from a user function
// (Keras 3, keras/src/callbacks/learning_rate_scheduler.py):
//   OnEpochBegin(e):  η ← schedule(e, η)            (e counts from 0; η is the optimizer's current rate)
//   OnEpochEnd(e):    logs["learning_rate"] = η     (so History, CsvLogger and the progress bar see it)
// Example (Keras' docstring): keep η for 10 epochs, then η·e^−0.1 per epoch; SGD(0.01) over 15 epochs
// ends at 0.01·e^−0.5 ≈ 0.00607.
using System.Globalization;

namespace Dendrite.Training.Callbacks;

/// <summary>Sets the optimizer's learning rate at each epoch start from <c>schedule(epoch, currentRate)</c>.</summary>
public sealed class LearningRateScheduler : Callback
{
    private readonly Func<int, double, double> _schedule;
    private readonly TextWriter? _output;

    /// <summary>Creates the callback.</summary>
    /// <param name="schedule">Maps (epoch from 0, current learning rate) to the new learning rate, which must be finite and &gt; 0.</param>
    /// <param name="verbose">1 prints the rate set at each epoch; default 0.</param>
    /// <param name="output">Where messages go when verbose; default null = the console.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verbose"/> is negative.</exception>
    public LearningRateScheduler(Func<int, double, double> schedule, int verbose = 0, TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfNegative(verbose);
        _schedule = schedule;
        Verbose = verbose;
        _output = output;
    }

    /// <summary>1 prints the rate set at each epoch.</summary>
    public int Verbose { get; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The callback has no compiled model, or the schedule returned a rate that is not finite and &gt; 0.</exception>
    public override void OnEpochBegin(int epoch)
    {
        Optimizers.Optimizer optimizer = RequireOptimizer();
        double rate = _schedule(epoch, optimizer.LearningRate);
        if (!(rate > 0) || !double.IsFinite(rate))
        {
            throw new InvalidOperationException($"LearningRateScheduler: the schedule returned {rate} for epoch {epoch}; expected a finite learning rate > 0.");
        }

        optimizer.LearningRate = rate;
        if (Verbose > 0)
        {
            (_output ?? Console.Out).WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nEpoch {epoch + 1}: LearningRateScheduler setting learning rate to {PythonFloat.Repr(rate)}."));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The callback has no compiled model.</exception>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        logs["learning_rate"] = RequireOptimizer().LearningRate;
    }

    private Optimizers.Optimizer RequireOptimizer() => Model?.Optimizer
        ?? throw new InvalidOperationException("LearningRateScheduler needs a compiled model: pass it to Fit's callbacks (or set Model to a compiled model).");
}
