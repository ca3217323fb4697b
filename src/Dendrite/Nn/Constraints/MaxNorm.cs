// MaxNorm (Keras 3, keras/src/constraints/constraints.py; Srivastava et al., 2014):
//   norms = sqrt(Σ_axis w²);   w ← w · clip(norms, 0, max_value) / (ε + norms),   ε = 1e-7
// Columns with norm ≤ max_value are (almost) unchanged; longer ones are scaled down to max_value.
// Defaults max_value = 2, axis = 0 (for a Dense kernel (in, units): each unit's incoming weights).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Constraints;

/// <summary>Limits the L2 norm of the weights along an axis to at most <see cref="MaxValue"/>.</summary>
/// <remarks><c>w ← w · clip(‖w‖, 0, maxValue) / (ε + ‖w‖)</c>, norms along <see cref="Axis"/>. See https://jmlr.org/papers/v15/srivastava14a.html.</remarks>
public sealed class MaxNorm : Constraint
{
    /// <summary>Creates a max-norm constraint.</summary>
    /// <param name="maxValue">The largest norm allowed, ≥ 0; default 2.</param>
    /// <param name="axis">The axis the norms are taken along; default 0 (a Dense kernel's input axis).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxValue"/> is negative or not finite.</exception>
    public MaxNorm(double maxValue = 2, int axis = 0)
    {
        MaxValue = maxValue >= 0 && double.IsFinite(maxValue) ? maxValue
            : throw new ArgumentOutOfRangeException(nameof(maxValue), maxValue, $"MaxNorm maxValue must be a finite number >= 0, received {maxValue}.");
        Axis = axis;
    }

    /// <summary>The largest norm allowed.</summary>
    public double MaxValue { get; }

    /// <summary>The axis the norms are taken along.</summary>
    public int Axis { get; }

    /// <inheritdoc/>
    public override string Name => "max_norm";

    /// <inheritdoc/>
    public override Tensor Apply(Tensor w)
    {
        Tensor norms = NormsAlong(w, Axis, nameof(MaxNorm));
        Tensor desired = Ops.Clip(norms, 0, MaxValue);
        return Ops.Multiply(w, Ops.Divide(desired, Ops.Add(norms, Tensor.Scalar(Epsilon, norms.DType))));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["max_value"] = MaxValue,
        ["axis"] = Axis,
    };
}
