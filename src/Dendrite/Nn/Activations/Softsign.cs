// Softsign: f(x) = x / (1 + |x|);  f'(x) = 1 / (1 + |x|)²
// Squashes to (−1, 1) polynomially rather than exponentially.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Softsign: x / (1 + |x|).</summary>
/// <remarks><c>f(x) = x / (1 + |x|)</c>, <c>f'(x) = 1 / (1 + |x|)²</c>.</remarks>
public sealed class Softsign : Activation
{
    /// <inheritdoc/>
    public override string Name => "softsign";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Softsign(x);
}
