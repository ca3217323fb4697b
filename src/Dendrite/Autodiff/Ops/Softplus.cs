// Softplus: y = log(1 + e^x), computed stably as max(x, 0) + log1p(e^−|x|)
// Backward: dx = dy · σ(x)   (saves x)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Softplus, a smooth ReLU, element-wise.</summary>
    /// <remarks><c>y = log(1 + eˣ)</c>; <c>dx = dy · σ(x)</c>. Stable for large |x| and accurate for tiny results.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Softplus(Tensor x)
    {
        NotNull(x, "Softplus", nameof(x));
        Tensor y = Dispatch.Unary(x, default(SoftplusOperator));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Multiply(dy, Sigmoid(x))]);
        return y;
    }

    /// <summary>Softplus of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void SoftplusInto(Tensor x, Tensor y) => Dispatch.UnaryInto(x, y, default(SoftplusOperator));
}
