// ExponentialDecay (Keras 3, keras/src/optimizers/schedules/learning_rate_schedule.py):
//   p = step / decay_steps   (floor(p) when staircase)
//   lr = initial_learning_rate · decay_rate^p

namespace Dendrite.Optimizers.Schedules;

/// <summary>A learning rate that decays exponentially: lr₀ · rate^(step / decaySteps).</summary>
/// <remarks><c>lr = lr₀ · decayRate^(step / decaySteps)</c>; with <c>staircase</c> the exponent is floored.</remarks>
public sealed class ExponentialDecay : LearningRateSchedule
{
    /// <summary>Creates an exponential decay schedule.</summary>
    /// <param name="initialLearningRate">lr₀, the rate at step 0, &gt; 0.</param>
    /// <param name="decaySteps">The steps over which the rate is multiplied by <paramref name="decayRate"/> once, ≥ 1.</param>
    /// <param name="decayRate">The factor per <paramref name="decaySteps"/>, ≥ 0.</param>
    /// <param name="staircase">Decay in whole steps of <paramref name="decaySteps"/>; default false.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public ExponentialDecay(double initialLearningRate, long decaySteps, double decayRate, bool staircase = false)
    {
        InitialLearningRate = Positive(initialLearningRate, nameof(initialLearningRate));
        DecaySteps = decaySteps > 0 ? decaySteps
            : throw new ArgumentOutOfRangeException(nameof(decaySteps), decaySteps, $"ExponentialDecay decaySteps must be > 0, received {decaySteps}.");
        DecayRate = NonNegative(decayRate, nameof(decayRate));
        Staircase = staircase;
    }

    /// <summary>lr₀.</summary>
    public double InitialLearningRate { get; }

    /// <summary>The steps per factor of <see cref="DecayRate"/>.</summary>
    public long DecaySteps { get; }

    /// <summary>The factor per <see cref="DecaySteps"/>.</summary>
    public double DecayRate { get; }

    /// <summary>Whether the exponent is floored.</summary>
    public bool Staircase { get; }

    /// <inheritdoc/>
    public override double Call(long step)
    {
        double p = (double)step / DecaySteps;
        return InitialLearningRate * Math.Pow(DecayRate, Staircase ? Math.Floor(p) : p);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["initial_learning_rate"] = InitialLearningRate,
        ["decay_steps"] = DecaySteps,
        ["decay_rate"] = DecayRate,
        ["staircase"] = Staircase,
    };
}
