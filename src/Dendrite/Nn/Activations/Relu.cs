// ReLU: f(x) = max(x, 0);  f'(x) = 1 if x > 0 else 0   (f'(0) = 0 by choice)
// Nair & Hinton (2010). The default hidden activation of modern networks.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Rectified linear unit: max(x, 0).</summary>
/// <remarks><c>f(x) = max(x, 0)</c>, <c>f'(x) = [x &gt; 0]</c>.</remarks>
public sealed class Relu : Activation
{
    /// <inheritdoc/>
    public override string Name => "relu";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Relu(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.ReluInto(x, y);
        return true;
    }
}
