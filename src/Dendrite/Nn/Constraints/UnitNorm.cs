// UnitNorm (Keras 3, keras/src/constraints/constraints.py):
//   w ← w / (ε + sqrt(Σ_axis w²)),   ε = 1e-7;   default axis = 0
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Constraints;

/// <summary>Scales the weights along an axis to unit L2 norm.</summary>
/// <remarks><c>w ← w / (ε + ‖w‖)</c>, norms along <see cref="Axis"/>, ε = 1e-7.</remarks>
public sealed class UnitNorm : Constraint
{
    /// <summary>Creates a unit-norm constraint.</summary>
    /// <param name="axis">The axis the norms are taken along; default 0 (a Dense kernel's input axis).</param>
    public UnitNorm(int axis = 0)
    {
        Axis = axis;
    }

    /// <summary>The axis the norms are taken along.</summary>
    public int Axis { get; }

    /// <inheritdoc/>
    public override string Name => "unit_norm";

    /// <inheritdoc/>
    public override Tensor Apply(Tensor w)
    {
        Tensor norms = NormsAlong(w, Axis, nameof(UnitNorm));
        return Ops.Divide(w, Ops.Add(norms, Tensor.Scalar(Epsilon, norms.DType)));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["axis"] = Axis,
    };
}
