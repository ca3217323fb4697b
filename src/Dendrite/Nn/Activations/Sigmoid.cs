// Sigmoid (logistic): f(x) = 1 / (1 + e^-x);  f'(x) = f(x) (1 - f(x))
// Squashes to (0, 1): the output activation for binary and multi-label classification.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>The logistic sigmoid, 1 / (1 + e^−x).</summary>
/// <remarks><c>f(x) = 1 / (1 + e^−x)</c>, <c>f'(x) = f(x)(1 − f(x))</c>.</remarks>
public sealed class Sigmoid : Activation
{
    /// <inheritdoc/>
    public override string Name => "sigmoid";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Sigmoid(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.SigmoidInto(x, y);
        return true;
    }
}
