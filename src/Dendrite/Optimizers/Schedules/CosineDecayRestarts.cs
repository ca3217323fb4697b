// CosineDecayRestarts — SGDR (Loshchilov & Hutter, 2017), as Keras 3
// (keras/src/optimizers/schedules/learning_rate_schedule.py):
//   f = step / first_decay_steps
//   t_mul = 1:  i = floor(f);  f ← f − i
//   t_mul ≠ 1:  i = floor(log(1 − f(1 − t_mul)) / log(t_mul));  f ← (f − (1 − t_mul^i)/(1 − t_mul)) / t_mul^i
//   lr = lr₀ · ((1 − α) · ½ · m_mul^i · (1 + cos(π f)) + α)
// Period i lasts first_decay_steps · t_mul^i steps and starts at lr₀ · m_mul^i (α is not scaled by m_mul^i).
namespace Dendrite.Optimizers.Schedules;

/// <summary>Cosine decay with warm restarts (SGDR): the cosine repeats in periods that grow by tMul, each starting mMul times lower.</summary>
/// <remarks><c>lr = lr₀ · ((1 − α) · ½ · mMulⁱ · (1 + cos(π f)) + α)</c>, with f the fraction of restart period i completed. See https://arxiv.org/abs/1608.03983.</remarks>
public sealed class CosineDecayRestarts : LearningRateSchedule
{
    /// <summary>Creates a cosine decay schedule with restarts.</summary>
    /// <param name="initialLearningRate">lr₀, the rate at step 0, &gt; 0.</param>
    /// <param name="firstDecaySteps">The length of the first period, ≥ 1.</param>
    /// <param name="tMul">The factor by which each period is longer than the previous, &gt; 0; default 2.</param>
    /// <param name="mMul">The factor by which each period starts lower than the previous, ≥ 0; default 1.</param>
    /// <param name="alpha">α, the lowest rate as a fraction of lr₀, in [0, 1]; default 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public CosineDecayRestarts(double initialLearningRate, long firstDecaySteps, double tMul = 2.0, double mMul = 1.0, double alpha = 0.0)
    {
        InitialLearningRate = Positive(initialLearningRate, nameof(initialLearningRate));
        FirstDecaySteps = firstDecaySteps > 0 ? firstDecaySteps
            : throw new ArgumentOutOfRangeException(nameof(firstDecaySteps), firstDecaySteps, $"CosineDecayRestarts firstDecaySteps must be > 0, received {firstDecaySteps}.");
        TMul = Positive(tMul, nameof(tMul));
        MMul = NonNegative(mMul, nameof(mMul));
        Alpha = alpha is >= 0 and <= 1 ? alpha
            : throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"CosineDecayRestarts alpha must be in [0, 1], received {alpha}.");
    }

    /// <summary>lr₀.</summary>
    public double InitialLearningRate { get; }

    /// <summary>The length of the first period.</summary>
    public long FirstDecaySteps { get; }

    /// <summary>The growth factor of the period length.</summary>
    public double TMul { get; }

    /// <summary>The factor applied to the starting rate at each restart.</summary>
    public double MMul { get; }

    /// <summary>α, the lowest rate as a fraction of lr₀.</summary>
    public double Alpha { get; }

    /// <inheritdoc/>
    public override double Call(long step)
    {
        double fraction = (double)step / FirstDecaySteps;
        double restart;
        if (TMul == 1)
        {
            restart = Math.Floor(fraction);
            fraction -= restart;
        }
        else
        {
            restart = Math.Floor(Math.Log(1 - (fraction * (1 - TMul))) / Math.Log(TMul));
            double completedPeriods = (1 - Math.Pow(TMul, restart)) / (1 - TMul);
            fraction = (fraction - completedPeriods) / Math.Pow(TMul, restart);
        }

        double cosine = 0.5 * Math.Pow(MMul, restart) * (1 + Math.Cos(Math.PI * fraction));
        return InitialLearningRate * (((1 - Alpha) * cosine) + Alpha);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["initial_learning_rate"] = InitialLearningRate,
        ["first_decay_steps"] = FirstDecaySteps,
        ["t_mul"] = TMul,
        ["m_mul"] = MMul,
        ["alpha"] = Alpha,
    };
}
