// AdamW (Loshchilov & Hutter, 2019): Adam with decoupled weight decay, as Keras 3 applies it.
// Each step, for each variable, before the Adam update (Keras' Optimizer._apply_weight_decay runs
// before update_step):
//   w ← w − w · λ · η                 (λ = weight decay, η = the learning rate, not bias-corrected)
//   then Adam's epsilon-hat step:     w ← w − η·sqrt(1 − β2ᵗ)/(1 − β1ᵗ) · m / (sqrt(v) + ε)
// Keras defaults: η = 0.001, λ = 0.004, β1 = 0.9, β2 = 0.999, ε = 1e-7.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Adam with decoupled weight decay.</summary>
/// <remarks>
/// <c>w ← w − η·λ·w</c>, then the <see cref="Adam"/> step. The decay does not pass through the moments,
/// unlike L2 regularization. See https://arxiv.org/abs/1711.05101.
/// </remarks>
public sealed class AdamW : Adam
{
    /// <summary>Creates an AdamW optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="weightDecay">λ, the decay rate per unit of learning rate, ≥ 0; default 0.004.</param>
    /// <param name="beta1">Decay of the first moment, in [0, 1); default 0.9.</param>
    /// <param name="beta2">Decay of the second moment, in [0, 1); default 0.999.</param>
    /// <param name="epsilon">ε added to sqrt(v), ≥ 0; default 1e-7.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public AdamW(double learningRate = 0.001, double weightDecay = 0.004, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7)
        : base(learningRate, beta1, beta2, epsilon)
    {
        WeightDecay = weightDecay >= 0 && double.IsFinite(weightDecay) ? weightDecay
            : throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay, $"AdamW weightDecay must be finite and >= 0, received {weightDecay}.");
    }

    /// <summary>λ.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc/>
    public override string Name => "adamw";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        ArgumentNullException.ThrowIfNull(variable);
        UpdateSpans(variable, gradient, null, null, Decay, Decay);
        base.Update(variable, gradient);
    }

    private void Decay<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> unused1, Span<T> unused2)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T wd = T.CreateChecked(WeightDecay);
        T lr = T.CreateChecked(LearningRate);
        for (int i = 0; i < w.Length; i++)
        {
            w[i] -= w[i] * wd * lr;
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["weight_decay"] = WeightDecay,
    };
}
