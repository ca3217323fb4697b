// Step (Heaviside): f(x) = 1 if x ≥ 0 else 0   (H(0) = 1, the perceptron convention; Keras has no step activation)
// f'(x) = 0 for x ≠ 0 and undefined at 0; the gradient is taken as 0 everywhere, so a step unit cannot be
// trained by gradient descent: use it for the perceptron learning rule or as an inference-time threshold.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>The Heaviside step: 1 for x ≥ 0, else 0; not trainable by gradient descent.</summary>
/// <remarks><c>f(x) = [x ≥ 0]</c>, <c>f'(x) = 0</c> (taken as 0 at the jump too).</remarks>
public sealed class Step : Activation
{
    /// <inheritdoc/>
    public override string Name => "step";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Step(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.StepInto(x, y);
        return true;
    }
}
