// HardSigmoid (Keras 3): y = 0 if x ≤ −3, 1 if x ≥ 3, x / 6 + 0.5 otherwise  = relu6(x + 3) / 6
// Backward: dx = dy / 6 if −3 < x < 3 else 0   (saves x; subgradient choice at the kinks ±3: 0)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Hard sigmoid, a piecewise-linear sigmoid, element-wise (Keras 3 definition).</summary>
    /// <remarks><c>y = clip(x/6 + 0.5, 0, 1)</c>; <c>dx = dy/6</c> for −3 &lt; x &lt; 3 and 0 elsewhere, including at ±3.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor HardSigmoid(Tensor x)
    {
        NotNull(x, "HardSigmoid", nameof(x));
        Tensor y = Dispatch.Unary(x, default(HardSigmoidOperator));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.Binary(x, dy, default(HardSigmoidGradientOperator), "HardSigmoidGradient")]);
        return y;
    }

    /// <summary>The hard sigmoid of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void HardSigmoidInto(Tensor x, Tensor y) => Dispatch.UnaryInto(x, y, default(HardSigmoidOperator));
}
