// Negate: y = -x
// Backward: dx = -dy
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise negation.</summary>
    /// <remarks><c>y = −x</c>; <c>dx = −dy</c>.</remarks>
    /// <param name="x">The tensor.</param>
    public static Tensor Negate(Tensor x)
    {
        Tensor y = Dispatch.Map(x, TensorPrimitives.Negate, TensorPrimitives.Negate);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Negate(dy)]);
        return y;
    }
}
