// Adagrad (Duchi, Hazan & Singer, 2011), exactly as Keras 3 (keras/src/optimizers/adagrad.py, update_step):
//   a ← a + g²                         ("accumulator", starting at initial_accumulator_value)
//   w ← w − η g / sqrt(a + ε)          (ε inside the square root, as Keras 3; Keras 2 used sqrt(a) + ε)
// Keras defaults: η = 0.001, initial_accumulator_value = 0.1, ε = 1e-7.
using System.Numerics;
using Dendrite.Autodiff;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Optimizers;

/// <summary>Adagrad: per-parameter learning rates that shrink with the sum of squared gradients.</summary>
/// <remarks><c>a ← a + g²; w ← w − ηg / sqrt(a + ε)</c>. See https://www.jmlr.org/papers/volume12/duchi11a/duchi11a.pdf.</remarks>
public sealed class Adagrad : Optimizer
{
    /// <summary>Creates an Adagrad optimizer.</summary>
    /// <param name="learningRate">η; default 0.001.</param>
    /// <param name="initialAccumulatorValue">The starting value of each accumulator, ≥ 0; default 0.1.</param>
    /// <param name="epsilon">ε added under the square root, ≥ 0; default 1e-7.</param>
    /// <param name="weightDecay">λ of the decoupled weight decay w ← w − w·λ·η, ≥ 0; default null = none.</param>
    /// <param name="clipNorm">Clips each gradient to this L2 norm, &gt; 0; default null = none.</param>
    /// <param name="clipValue">Clips each gradient element to [−c, c], &gt; 0; default null = none.</param>
    /// <param name="globalClipNorm">Scales all gradients so their joint L2 norm is at most this, &gt; 0; default null = none.</param>
    /// <param name="schedule">The learning rate as a function of the step, replacing <paramref name="learningRate"/>; default null = fixed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range.</exception>
    public Adagrad(double learningRate = 0.001, double initialAccumulatorValue = 0.1, double epsilon = 1e-7, double? weightDecay = null, double? clipNorm = null, double? clipValue = null, double? globalClipNorm = null, LearningRateSchedule? schedule = null)
        : base(learningRate, weightDecay, clipNorm, clipValue, globalClipNorm, schedule)
    {
        InitialAccumulatorValue = initialAccumulatorValue >= 0 && double.IsFinite(initialAccumulatorValue) ? initialAccumulatorValue
            : throw new ArgumentOutOfRangeException(nameof(initialAccumulatorValue), initialAccumulatorValue, $"Adagrad initialAccumulatorValue must be finite and >= 0, received {initialAccumulatorValue}.");
        Epsilon = epsilon >= 0 && double.IsFinite(epsilon) ? epsilon
            : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"Adagrad epsilon must be finite and >= 0, received {epsilon}.");
    }

    /// <summary>The starting value of each accumulator.</summary>
    public double InitialAccumulatorValue { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => "adagrad";

    /// <inheritdoc/>
    protected override void Update(Variable variable, Tensor gradient)
    {
        Tensor accumulator = Slot(variable, "accumulator", InitialAccumulatorValue);
        UpdateSpans(variable, gradient, accumulator, null, Step, Step, elementwise: true);
    }

    private void Step<T>(Span<T> w, ReadOnlySpan<T> g, Span<T> a, Span<T> unused)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T lr = T.CreateChecked(LearningRate);
        T eps = T.CreateChecked(Epsilon);
        for (int i = 0; i < w.Length; i++)
        {
            a[i] += g[i] * g[i];
            w[i] -= lr * g[i] / T.Sqrt(a[i] + eps);
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["initial_accumulator_value"] = InitialAccumulatorValue,
        ["epsilon"] = Epsilon,
    };
}
