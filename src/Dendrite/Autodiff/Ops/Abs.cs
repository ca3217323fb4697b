// Abs: y = |x|
// Backward: dx = dy · sign(x)   (subgradient choice: |x|'(0) = 0, as PyTorch and TensorFlow)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise absolute value.</summary>
    /// <remarks><c>y = |x|</c>; <c>dx = dy · sign(x)</c>, with the subgradient 0 at x = 0.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Abs(Tensor x)
    {
        NotNull(x, "Abs", nameof(x));
        Tensor y = Dispatch.Map(x, TensorPrimitives.Abs, TensorPrimitives.Abs);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.Binary(x, dy, default(AbsGradientOperator), "AbsGradient")]);
        return y;
    }
}
