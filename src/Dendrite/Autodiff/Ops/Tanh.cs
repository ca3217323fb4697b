// Tanh: y = tanh x = (e^x − e^−x) / (e^x + e^−x)
// Backward: dx = dy · (1 − y²)   (saves y)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Hyperbolic tangent, element-wise.</summary>
    /// <remarks><c>y = tanh x</c>; <c>dx = dy · (1 − y²)</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Tanh(Tensor x)
    {
        NotNull(x, "Tanh", nameof(x));
        Tensor y = Dispatch.Map(x, TensorPrimitives.Tanh, TensorPrimitives.Tanh);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Multiply(dy, Subtract(Dispatch.Scalar(1, y), Multiply(y, y)))]);
        return y;
    }

    /// <summary>Tanh of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void TanhInto(Tensor x, Tensor y) => Dispatch.MapInto(x, y, TensorPrimitives.Tanh, TensorPrimitives.Tanh);
}
