// Exp: y = e^x
// Backward: dx = dy * y   (saves y)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise natural exponential.</summary>
    /// <remarks><c>y = eˣ</c>; <c>dx = dy · y</c>.</remarks>
    /// <param name="x">The tensor.</param>
    public static Tensor Exp(Tensor x)
    {
        Tensor y = Dispatch.Map(x, TensorPrimitives.Exp, TensorPrimitives.Exp);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Multiply(dy, y)]);
        return y;
    }
}
