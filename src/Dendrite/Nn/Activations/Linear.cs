// Linear (identity): f(x) = x;  f'(x) = 1. The default activation of Dense (no non-linearity).
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>The identity, f(x) = x: Dense's default.</summary>
/// <remarks><c>f(x) = x</c>, <c>f'(x) = 1</c>.</remarks>
public sealed class Linear : Activation
{
    /// <inheritdoc/>
    public override string Name => "linear";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => x;

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        y.CopyFrom(x);
        return true;
    }
}
