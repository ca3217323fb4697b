// Adadelta (Zeiler, 2012), exactly as Keras 3 (keras/src/optimizers/adadelta.py):
//   a ← ρ a + (1 − ρ) g²                               ("accumulated_grad")
//   Δ = −sqrt(d + ε) · g / sqrt(a + ε)                 (d = "accumulated_delta_var" before this step)
//   d ← ρ d + (1 − ρ) Δ²
//   w ← w + η Δ
// Keras defaults: η = 0.001 (Zeiler's paper uses 1.0), ρ = 0.95, ε = 1e-7.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Adadelta: steps scaled by the ratio of running RMS of past updates to running RMS of gradients.</summary>
/// <remarks><c>a ← ρa + (1−ρ)g²; Δ = −sqrt(d + ε)·g / sqrt(a + ε); d ← ρd + (1−ρ)Δ²; w ← w + ηΔ</c>. See https://arxiv.org/abs/1212.5701.</remarks>
public sealed class Adadelta : Optimizer
{
    /// <summary>Creates an Adadelta optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="rho">ρ, the decay of the running averages, in [0, 1); default 0.95.</param>
    /// <param name="epsilon">ε added under both square roots, ≥ 0; default 1e-7.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public Adadelta(double learningRate = 0.001, double rho = 0.95, double epsilon = 1e-7, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        Rho = rho is >= 0 and < 1 ? rho : throw new ArgumentOutOfRangeException(nameof(rho), rho, $"Adadelta rho must be in [0, 1), received {rho}.");
        Epsilon = epsilon >= 0 && double.IsFinite(epsilon) ? epsilon
            : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"Adadelta epsilon must be finite and >= 0, received {epsilon}.");
    }

    /// <summary>ρ.</summary>
    public double Rho { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => "adadelta";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        Tensor accumulatedGrad = Slot(variable, "accumulated_grad");
        Tensor accumulatedDelta = Slot(variable, "accumulated_delta_var");
        UpdateSpans(variable, gradient, accumulatedGrad, accumulatedDelta, Step, Step, elementwise: true);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> a, Span<T> d)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T lr = T.CreateChecked(LearningRate);
        T rho = T.CreateChecked(Rho);
        T oneMinusRho = T.CreateChecked(1 - Rho);
        T eps = T.CreateChecked(Epsilon);
        for (int i = 0; i < w.Length; i++)
        {
            T gi = g[i];
            a[i] = (rho * a[i]) + (oneMinusRho * gi * gi);
            T delta = -(T.Sqrt(d[i] + eps) * gi / T.Sqrt(a[i] + eps));
            d[i] = (rho * d[i]) + (oneMinusRho * delta * delta);
            w[i] += lr * delta;
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["rho"] = Rho,
        ["epsilon"] = Epsilon,
    };
}
