// Sigmoid: y = 1 / (1 + e^-x)
// Backward: dx = dy · y · (1 - y)   (saves y, not x)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The logistic sigmoid, element-wise.</summary>
    /// <remarks><c>y = 1 / (1 + e^−x)</c>; <c>dx = dy · y · (1 − y)</c>.</remarks>
    /// <param name="x">The tensor.</param>
    public static Tensor Sigmoid(Tensor x)
    {
        Tensor y = Dispatch.Map(x, TensorPrimitives.Sigmoid, TensorPrimitives.Sigmoid);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Multiply(dy, Multiply(y, Subtract(Dispatch.Scalar(1, y), y)))]);
        return y;
    }

    /// <summary>The sigmoid of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void SigmoidInto(Tensor x, Tensor y) => Dispatch.MapInto(x, y, TensorPrimitives.Sigmoid, TensorPrimitives.Sigmoid);
}
