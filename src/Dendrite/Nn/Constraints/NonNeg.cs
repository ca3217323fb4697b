// NonNeg (Keras 3, keras/src/constraints/constraints.py): w ← max(w, 0).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Constraints;

/// <summary>Keeps the weights non-negative.</summary>
/// <remarks><c>w ← max(w, 0)</c>.</remarks>
public sealed class NonNeg : Constraint
{
    /// <inheritdoc/>
    public override string Name => "non_neg";

    /// <inheritdoc/>
    public override Tensor Apply(Tensor w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return Ops.Maximum(w, Tensor.Scalar(0, w.DType));
    }
}
