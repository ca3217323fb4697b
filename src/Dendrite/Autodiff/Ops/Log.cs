// Log: y = ln x   (NaN for x < 0, -inf at 0)
// Backward: dx = dy / x
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise natural logarithm.</summary>
    /// <remarks><c>y = ln x</c>; <c>dx = dy / x</c>.</remarks>
    /// <param name="x">The tensor.</param>
    public static Tensor Log(Tensor x)
    {
        Tensor y = Dispatch.Map(x, TensorPrimitives.Log, TensorPrimitives.Log);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Divide(dy, x)]);
        return y;
    }
}
