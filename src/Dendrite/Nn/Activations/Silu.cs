// SiLU (Swish): f(x) = x σ(x);  f'(x) = σ(x) (1 + x (1 − σ(x)))
// Elfwing et al. (2017), Ramachandran et al. (2017). Keras names it "silu" with the alias "swish".
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Sigmoid-weighted linear unit x · σ(x), also known as Swish.</summary>
/// <remarks><c>f(x) = x σ(x)</c>, <c>f'(x) = σ(x)(1 + x(1 − σ(x)))</c>.</remarks>
public sealed class Silu : Activation
{
    /// <inheritdoc/>
    public override string Name => "silu";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Silu(x);
}
