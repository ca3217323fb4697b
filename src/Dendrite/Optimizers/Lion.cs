// Lion — EvoLved Sign Momentum (Chen et al., 2023), exactly as Keras 3 (keras/src/optimizers/lion.py):
//   w ← w − η · sign(β1 m + (1 − β1) g)        (sign(0) = 0)
//   m ← β2 m + (1 − β2) g                      ("momentum", updated after the step)
// Keras defaults: η = 0.001, β1 = 0.9, β2 = 0.99; β1 must be in (0, 1] (β1 = 0 would be SignSGD).
// Every element moves by exactly η (or 0), so Lion usually wants a 3–10× smaller η than Adam.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Lion: steps of fixed size η in the sign of an interpolated momentum.</summary>
/// <remarks><c>w ← w − η·sign(β1m + (1−β1)g); m ← β2m + (1−β2)g</c>. See https://arxiv.org/abs/2302.06675.</remarks>
public sealed class Lion : Optimizer
{
    /// <summary>Creates a Lion optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="beta1">β1, the interpolation of the step direction, in (0, 1]; default 0.9.</param>
    /// <param name="beta2">β2, the decay of the momentum, in [0, 1]; default 0.99.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public Lion(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.99, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        Beta1 = beta1 is > 0 and <= 1 ? beta1
            : throw new ArgumentOutOfRangeException(nameof(beta1), beta1, $"Lion beta1 must be in (0, 1] (beta1 = 0 degenerates to SignSGD), received {beta1}.");
        Beta2 = beta2 is >= 0 and <= 1 ? beta2 : throw new ArgumentOutOfRangeException(nameof(beta2), beta2, $"Lion beta2 must be in [0, 1], received {beta2}.");
    }

    /// <summary>β1.</summary>
    public double Beta1 { get; }

    /// <summary>β2.</summary>
    public double Beta2 { get; }

    /// <inheritdoc/>
    public override string Name => "lion";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        Tensor m = Slot(variable, "momentum");
        UpdateSpans(variable, gradient, m, null, Step, Step, elementwise: true);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> m, Span<T> unused)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T lr = T.CreateChecked(LearningRate);
        T b1 = T.CreateChecked(Beta1);
        T oneMinusB1 = T.CreateChecked(1 - Beta1);
        T b2 = T.CreateChecked(Beta2);
        T oneMinusB2 = T.CreateChecked(1 - Beta2);
        for (int i = 0; i < w.Length; i++)
        {
            T direction = (b1 * m[i]) + (oneMinusB1 * g[i]);
            w[i] -= lr * T.CreateChecked(T.Sign(direction));
            m[i] = (b2 * m[i]) + (oneMinusB2 * g[i]);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["beta_1"] = Beta1,
        ["beta_2"] = Beta2,
    };
}
