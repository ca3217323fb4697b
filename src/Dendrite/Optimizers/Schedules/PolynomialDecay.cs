// PolynomialDecay (Keras 3, keras/src/optimizers/schedules/learning_rate_schedule.py):
//   cycle = false:  s = min(step, decay_steps),  D = decay_steps
//   cycle = true:   s = step,                     D = decay_steps · max(1, ceil(step / decay_steps))
//   lr = (initial_learning_rate − end_learning_rate) · (1 − s / D)^power + end_learning_rate
namespace Dendrite.Optimizers.Schedules;

/// <summary>A learning rate that falls polynomially from lr₀ to an end rate over <see cref="DecaySteps"/>.</summary>
/// <remarks><c>lr = (lr₀ − lrEnd) · (1 − min(step, decaySteps) / decaySteps)^power + lrEnd</c>; with <c>cycle</c> the horizon grows in multiples of decaySteps.</remarks>
public sealed class PolynomialDecay : LearningRateSchedule
{
    /// <summary>Creates a polynomial decay schedule.</summary>
    /// <param name="initialLearningRate">lr₀, the rate at step 0, &gt; 0.</param>
    /// <param name="decaySteps">The steps to reach the end rate, ≥ 1.</param>
    /// <param name="endLearningRate">The final rate, ≥ 0; default 1e-4.</param>
    /// <param name="power">The polynomial's power, &gt; 0; default 1 (linear).</param>
    /// <param name="cycle">Restart the decay past <paramref name="decaySteps"/> with a longer horizon; default false.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public PolynomialDecay(double initialLearningRate, long decaySteps, double endLearningRate = 1e-4, double power = 1.0, bool cycle = false)
    {
        InitialLearningRate = Positive(initialLearningRate, nameof(initialLearningRate));
        DecaySteps = decaySteps > 0 ? decaySteps
            : throw new ArgumentOutOfRangeException(nameof(decaySteps), decaySteps, $"PolynomialDecay decaySteps must be > 0, received {decaySteps}.");
        EndLearningRate = NonNegative(endLearningRate, nameof(endLearningRate));
        Power = Positive(power, nameof(power));
        Cycle = cycle;
    }

    /// <summary>lr₀.</summary>
    public double InitialLearningRate { get; }

    /// <summary>The steps to reach the end rate.</summary>
    public long DecaySteps { get; }

    /// <summary>The final rate.</summary>
    public double EndLearningRate { get; }

    /// <summary>The polynomial's power.</summary>
    public double Power { get; }

    /// <summary>Whether the decay restarts past <see cref="DecaySteps"/>.</summary>
    public bool Cycle { get; }

    /// <inheritdoc/>
    public override double Call(long step)
    {
        double s = step;
        double horizon = DecaySteps;
        if (Cycle)
        {
            horizon *= step == 0 ? 1 : Math.Ceiling(s / DecaySteps);
        }
        else
        {
            s = Math.Min(s, horizon);
        }

        return ((InitialLearningRate - EndLearningRate) * Math.Pow(1 - (s / horizon), Power)) + EndLearningRate;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["initial_learning_rate"] = InitialLearningRate,
        ["decay_steps"] = DecaySteps,
        ["end_learning_rate"] = EndLearningRate,
        ["power"] = Power,
        ["cycle"] = Cycle,
    };
}
