// Step (Heaviside): y = 1 if x ≥ 0 else 0   (H(0) = 1, the perceptron convention)
// Backward: dx = 0 everywhere (the derivative is 0 off the jump and undefined at it): a step unit cannot be
//           trained by gradient descent; use it for perceptron rules or at inference.
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The Heaviside step function, element-wise.</summary>
    /// <remarks><c>y = [x ≥ 0]</c>; <c>dx = 0</c> everywhere, so nothing upstream of it learns by gradient descent.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Step(Tensor x)
    {
        NotNull(x, "Step", nameof(x));
        Tensor y = Dispatch.Unary(x, default(StepOperator));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [TensorPool.ZerosLike(x)]);
        return y;
    }

    /// <summary>The step function of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void StepInto(Tensor x, Tensor y) => Dispatch.UnaryInto(x, y, default(StepOperator));
}
