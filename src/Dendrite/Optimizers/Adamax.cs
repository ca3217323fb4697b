// Adamax (Kingma & Ba, 2014, §7.1): Adam with the infinity norm, exactly as Keras 3 (keras/src/optimizers/adamax.py):
//   m ← m + (g − m)(1 − β1)                       ("momentum")
//   u ← max(β2 · u, |g|)                          ("norm")
//   w ← w − η · m / ((1 − β1^t) · (u + ε))
// Keras defaults: η = 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-7.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Adamax: Adam with the second moment replaced by an exponentially weighted infinity norm.</summary>
/// <remarks><c>m ← β1m + (1−β1)g; u ← max(β2u, |g|); w ← w − η·m / ((1 − β1ᵗ)(u + ε))</c>. See https://arxiv.org/abs/1412.6980.</remarks>
public sealed class Adamax : Optimizer
{
    /// <summary>Creates an Adamax optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="beta1">β1, the decay of the first moment, in [0, 1); default 0.9.</param>
    /// <param name="beta2">β2, the decay of the infinity norm, in [0, 1); default 0.999.</param>
    /// <param name="epsilon">ε added to u, ≥ 0; default 1e-7.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public Adamax(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        Beta1 = beta1 is >= 0 and < 1 ? beta1 : throw new ArgumentOutOfRangeException(nameof(beta1), beta1, $"Adamax beta1 must be in [0, 1), received {beta1}.");
        Beta2 = beta2 is >= 0 and < 1 ? beta2 : throw new ArgumentOutOfRangeException(nameof(beta2), beta2, $"Adamax beta2 must be in [0, 1), received {beta2}.");
        Epsilon = epsilon >= 0 && double.IsFinite(epsilon) ? epsilon
            : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"Adamax epsilon must be finite and >= 0, received {epsilon}.");
    }

    /// <summary>β1.</summary>
    public double Beta1 { get; }

    /// <summary>β2.</summary>
    public double Beta2 { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => "adamax";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        Tensor m = Slot(variable, "momentum");
        Tensor u = Slot(variable, "norm");
        UpdateSpans(variable, gradient, m, u, Step, Step, elementwise: true);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> m, Span<T> u)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T lr = T.CreateChecked(LearningRate);
        T correction = T.CreateChecked(1 - Math.Pow(Beta1, Iterations));
        T oneMinusB1 = T.CreateChecked(1 - Beta1);
        T b2 = T.CreateChecked(Beta2);
        T eps = T.CreateChecked(Epsilon);
        for (int i = 0; i < w.Length; i++)
        {
            T gi = g[i];
            m[i] += (gi - m[i]) * oneMinusB1;
            u[i] = T.Max(b2 * u[i], T.Abs(gi));
            w[i] -= lr * m[i] / (correction * (u[i] + eps));
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["beta_1"] = Beta1,
        ["beta_2"] = Beta2,
        ["epsilon"] = Epsilon,
    };
}
