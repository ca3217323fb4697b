// AdamW (Loshchilov & Hutter, 2019): Adam with decoupled weight decay, as Keras 3 (keras/src/optimizers/adamw.py),
// which is Adam with the base optimizer's weight_decay defaulting to 0.004. Each step, for each variable,
// the base Optimizer decays before the Adam update (Keras' _apply_weight_decay runs before update_step):
//   w ← w − w · λ · η                 (λ = weight decay, η = the learning rate, not bias-corrected)
//   then Adam's epsilon-hat step:     w ← w − η·sqrt(1 − β2ᵗ)/(1 − β1ᵗ) · m / (sqrt(v) + ε)
// Keras defaults: η = 0.001, λ = 0.004, β1 = 0.9, β2 = 0.999, ε = 1e-7.
using Dendrite.Optimizers.Schedules;

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
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public AdamW(double learningRate = 0.001, double weightDecay = 0.004, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, beta1, beta2, epsilon, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
    }

    /// <inheritdoc/>
    public override string Name => "adamw";
}
