// LeakyRelu: y = x if x > 0 else negativeSlope · x
// Backward: dx = dy if x > 0 else negativeSlope · dy   (saves x; subgradient choice at 0: negativeSlope, as TensorFlow)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Leaky rectified linear unit, element-wise.</summary>
    /// <remarks><c>y = x &gt; 0 ? x : s·x</c>; <c>dx = dy · (x &gt; 0 ? 1 : s)</c>, the subgradient at 0 being s.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="negativeSlope">The slope s for x &lt; 0; default 0.2 (Keras 3 <c>leaky_relu</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="negativeSlope"/> is not finite.</exception>
    public static Tensor LeakyRelu(Tensor x, double negativeSlope = 0.2)
    {
        NotNull(x, "LeakyRelu", nameof(x));
        CheckFinite(negativeSlope, "LeakyRelu", nameof(negativeSlope));
        Tensor y = Dispatch.Unary(x, new LeakyReluOperator(negativeSlope));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.Binary(x, dy, new LeakyReluGradientOperator(negativeSlope), "LeakyReluGradient")]);
        return y;
    }

    /// <summary>Leaky ReLU of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void LeakyReluInto(Tensor x, double negativeSlope, Tensor y) => Dispatch.UnaryInto(x, y, new LeakyReluOperator(negativeSlope));
}
