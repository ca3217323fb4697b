// Hard sigmoid (Keras 3): f(x) = 0 if x ≤ −3, 1 if x ≥ 3, x/6 + 0.5 otherwise  (= relu6(x + 3) / 6)
// f'(x) = 1/6 for −3 < x < 3, 0 elsewhere (0 at the kinks ±3 by choice).
// Keras 2 used 0.2x + 0.5 clipped at ±2.5; Keras 3 changed to the /6 form above, which we follow.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Hard sigmoid, the piecewise-linear clip(x/6 + 0.5, 0, 1) of Keras 3.</summary>
/// <remarks><c>f(x) = clip(x/6 + 0.5, 0, 1)</c>, <c>f'(x) = 1/6</c> on (−3, 3) and 0 elsewhere.</remarks>
public sealed class HardSigmoid : Activation
{
    /// <inheritdoc/>
    public override string Name => "hard_sigmoid";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.HardSigmoid(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.HardSigmoidInto(x, y);
        return true;
    }
}
