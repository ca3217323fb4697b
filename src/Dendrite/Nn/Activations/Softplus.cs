// Softplus: f(x) = log(1 + e^x), computed as max(x, 0) + log1p(e^−|x|);  f'(x) = σ(x)
// A smooth ReLU; always positive.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Softplus: log(1 + eˣ), a smooth ReLU.</summary>
/// <remarks><c>f(x) = log(1 + eˣ)</c>, <c>f'(x) = σ(x)</c>.</remarks>
public sealed class Softplus : Activation
{
    /// <inheritdoc/>
    public override string Name => "softplus";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Softplus(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.SoftplusInto(x, y);
        return true;
    }
}
