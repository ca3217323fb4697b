// Square: y = x²
// Backward: dx = 2x · dy
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise square.</summary>
    /// <remarks><c>y = x²</c>; <c>dx = 2x · dy</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Square(Tensor x)
    {
        NotNull(x, "Square", nameof(x));
        Tensor y = Dispatch.Map(x, (s, d) => TensorPrimitives.Multiply(s, s, d), (s, d) => TensorPrimitives.Multiply(s, s, d));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Multiply(dy, Multiply(x, 2.0))]);
        return y;
    }
}
