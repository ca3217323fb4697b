// Sqrt: y = √x   (NaN for x < 0)
// Backward: dx = dy / (2y)   (saves y; +∞ at x = 0, where √ is not differentiable)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise square root.</summary>
    /// <remarks><c>y = √x</c>; <c>dx = dy / (2y)</c>.</remarks>
    /// <param name="x">The tensor; negative elements give NaN.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Sqrt(Tensor x)
    {
        NotNull(x, "Sqrt", nameof(x));
        Tensor y = Dispatch.Map(x, TensorPrimitives.Sqrt, TensorPrimitives.Sqrt);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Divide(dy, Multiply(y, 2.0))]);
        return y;
    }
}
