// Tanh: f(x) = (e^x − e^−x) / (e^x + e^−x);  f'(x) = 1 − f(x)²
// Zero-centred squashing to (−1, 1); the classic recurrent-network activation.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Hyperbolic tangent: squashes to (−1, 1).</summary>
/// <remarks><c>f(x) = tanh x</c>, <c>f'(x) = 1 − tanh² x</c>.</remarks>
public sealed class Tanh : Activation
{
    /// <inheritdoc/>
    public override string Name => "tanh";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Tanh(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.TanhInto(x, y);
        return true;
    }
}
