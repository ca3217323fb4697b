// MinMaxNorm (Keras 3, keras/src/constraints/constraints.py):
//   norms   = sqrt(Σ_axis w²)
//   desired = rate · clip(norms, min_value, max_value) + (1 − rate) · norms
//   w ← w · desired / (ε + norms),   ε = 1e-7
// rate = 1 enforces the bounds strictly; rate < 1 moves the norms part of the way each step.
// Defaults min_value = 0, max_value = 1, rate = 1, axis = 0.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Constraints;

/// <summary>Keeps the L2 norm of the weights along an axis between a lower and an upper bound.</summary>
/// <remarks><c>w ← w · (rate·clip(‖w‖, min, max) + (1 − rate)·‖w‖) / (ε + ‖w‖)</c>, norms along <see cref="Axis"/>.</remarks>
public sealed class MinMaxNorm : Constraint
{
    /// <summary>Creates a min-max-norm constraint.</summary>
    /// <param name="minValue">The smallest norm, ≥ 0; default 0.</param>
    /// <param name="maxValue">The largest norm, ≥ <paramref name="minValue"/>; default 1.</param>
    /// <param name="rate">How far to move towards the bounds each time, in [0, 1]; default 1 (strict).</param>
    /// <param name="axis">The axis the norms are taken along; default 0 (a Dense kernel's input axis).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative or not finite, <paramref name="maxValue"/> &lt; <paramref name="minValue"/>, or <paramref name="rate"/> is outside [0, 1].</exception>
    public MinMaxNorm(double minValue = 0, double maxValue = 1, double rate = 1, int axis = 0)
    {
        MinValue = minValue >= 0 && double.IsFinite(minValue) ? minValue
            : throw new ArgumentOutOfRangeException(nameof(minValue), minValue, $"MinMaxNorm minValue must be a finite number >= 0, received {minValue}.");
        MaxValue = maxValue >= minValue && double.IsFinite(maxValue) ? maxValue
            : throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, $"MinMaxNorm maxValue must be finite and >= minValue {minValue}, received {maxValue}.");
        Rate = rate is >= 0 and <= 1 ? rate
            : throw new ArgumentOutOfRangeException(nameof(rate), rate, $"MinMaxNorm rate must be in [0, 1], received {rate}.");
        Axis = axis;
    }

    /// <summary>The smallest norm.</summary>
    public double MinValue { get; }

    /// <summary>The largest norm.</summary>
    public double MaxValue { get; }

    /// <summary>How far the norms move towards the bounds each time (1 = strictly).</summary>
    public double Rate { get; }

    /// <summary>The axis the norms are taken along.</summary>
    public int Axis { get; }

    /// <inheritdoc/>
    public override string Name => "min_max_norm";

    /// <inheritdoc/>
    public override Tensor Apply(Tensor w)
    {
        Tensor norms = NormsAlong(w, Axis, nameof(MinMaxNorm));
        Tensor desired = Ops.Add(Ops.Multiply(Ops.Clip(norms, MinValue, MaxValue), Rate), Ops.Multiply(norms, 1 - Rate));
        return Ops.Multiply(w, Ops.Divide(desired, Ops.Add(norms, Tensor.Scalar(Epsilon, norms.DType))));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["min_value"] = MinValue,
        ["max_value"] = MaxValue,
        ["rate"] = Rate,
        ["axis"] = Axis,
    };
}
