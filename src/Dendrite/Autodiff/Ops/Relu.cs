// Relu: y = max(x, 0)
// Backward: dx = dy · [x > 0]   (saves x; subgradient choice ReLU'(0) = 0, as PyTorch and Keras)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Rectified linear unit, element-wise.</summary>
    /// <remarks><c>y = max(x, 0)</c>; <c>dx = dy · [x &gt; 0]</c> (the subgradient at 0 is 0).</remarks>
    /// <param name="x">The tensor.</param>
    public static Tensor Relu(Tensor x)
    {
        Tensor y = Dispatch.Unary(x, default(ReluOperator));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.Binary(x, dy, default(ReluGradientOperator), "ReluGradient")]);
        return y;
    }

    /// <summary>ReLU of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void ReluInto(Tensor x, Tensor y) => Dispatch.UnaryInto(x, y, default(ReluOperator));
}
