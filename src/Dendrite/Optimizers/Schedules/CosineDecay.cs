// CosineDecay with optional linear warm-up (Keras 3, keras/src/optimizers/schedules/learning_rate_schedule.py;
// Loshchilov & Hutter, SGDR, 2017; warm-up from Goyal et al., 2017):
//   without warmup_target:  s = min(step, D);  lr = lr₀ · ((1 − α) · ½(1 + cos(π s / D)) + α)
//   with warmup_target T:   s = min(step, D + W)
//                           s < W:  lr = (T − lr₀) · s / W + lr₀                 (linear warm-up to T)
//                           else:   lr = T · ((1 − α) · ½(1 + cos(π (s − W) / D)) + α)
// D = decay_steps, W = warmup_steps; α is the final rate as a fraction of the decayed-from rate.
namespace Dendrite.Optimizers.Schedules;

/// <summary>A learning rate that follows half a cosine from its start to α times it, optionally after a linear warm-up.</summary>
/// <remarks><c>lr = lr₀ · ((1 − α) · ½(1 + cos(π · min(step, D) / D)) + α)</c>; with a warm-up target T the rate first rises linearly from lr₀ to T over W steps, then decays from T. See https://arxiv.org/abs/1608.03983.</remarks>
public sealed class CosineDecay : LearningRateSchedule
{
    /// <summary>Creates a cosine decay schedule.</summary>
    /// <param name="initialLearningRate">lr₀, the rate at step 0, ≥ 0 (0 is common with a warm-up).</param>
    /// <param name="decaySteps">D, the steps of the cosine decay, ≥ 1.</param>
    /// <param name="alpha">α, the final rate as a fraction of the rate decayed from, in [0, 1]; default 0.</param>
    /// <param name="warmupTarget">T, the rate reached at the end of the warm-up; default null = no warm-up.</param>
    /// <param name="warmupSteps">W, the steps of the linear warm-up, ≥ 0; default 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public CosineDecay(double initialLearningRate, long decaySteps, double alpha = 0.0, double? warmupTarget = null, long warmupSteps = 0)
    {
        InitialLearningRate = NonNegative(initialLearningRate, nameof(initialLearningRate));
        DecaySteps = decaySteps > 0 ? decaySteps
            : throw new ArgumentOutOfRangeException(nameof(decaySteps), decaySteps, $"CosineDecay decaySteps must be > 0, received {decaySteps}.");
        Alpha = alpha is >= 0 and <= 1 ? alpha
            : throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"CosineDecay alpha must be in [0, 1], received {alpha}.");
        WarmupTarget = warmupTarget is { } t ? NonNegative(t, nameof(warmupTarget)) : null;
        WarmupSteps = warmupSteps >= 0 ? warmupSteps
            : throw new ArgumentOutOfRangeException(nameof(warmupSteps), warmupSteps, $"CosineDecay warmupSteps must be >= 0, received {warmupSteps}.");
    }

    /// <summary>lr₀.</summary>
    public double InitialLearningRate { get; }

    /// <summary>D, the steps of the cosine decay.</summary>
    public long DecaySteps { get; }

    /// <summary>α, the final fraction.</summary>
    public double Alpha { get; }

    /// <summary>T, the rate at the end of the warm-up, or null for none.</summary>
    public double? WarmupTarget { get; }

    /// <summary>W, the steps of the warm-up.</summary>
    public long WarmupSteps { get; }

    /// <inheritdoc/>
    public override double Call(long step)
    {
        if (WarmupTarget is not { } target)
        {
            return Decayed(Math.Min(step, DecaySteps), InitialLearningRate);
        }

        double s = Math.Min(step, DecaySteps + WarmupSteps);
        return s < WarmupSteps
            ? ((target - InitialLearningRate) * s / WarmupSteps) + InitialLearningRate
            : Decayed(s - WarmupSteps, target);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["initial_learning_rate"] = InitialLearningRate,
        ["decay_steps"] = DecaySteps,
        ["alpha"] = Alpha,
        ["warmup_target"] = WarmupTarget,
        ["warmup_steps"] = WarmupSteps,
    };

    private double Decayed(double step, double from)
        => from * (((1 - Alpha) * 0.5 * (1 + Math.Cos(Math.PI * step / DecaySteps))) + Alpha);
}
