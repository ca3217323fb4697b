// Elu: y = x if x > 0 else alpha · (e^x − 1)   (Clevert et al. 2015)
// Backward: dx = dy if x ≥ 0 else dy · alpha · e^x   (saves x; at 0 the right derivative 1, as TensorFlow;
//           for alpha = 1 both sides agree and there is no kink)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Exponential linear unit, element-wise.</summary>
    /// <remarks><c>y = x &gt; 0 ? x : α(eˣ − 1)</c>; <c>dx = dy · (x ≥ 0 ? 1 : α eˣ)</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="alpha">The saturation value −α for x → −∞; default 1.0 (Keras).</param>
    /// <exception cref="ArgumentException"><paramref name="alpha"/> is not finite.</exception>
    public static Tensor Elu(Tensor x, double alpha = 1.0)
    {
        NotNull(x, "Elu", nameof(x));
        CheckFinite(alpha, "Elu", nameof(alpha));
        return ScaledElu(x, alpha, 1.0);
    }

    /// <summary>scale · ELU_alpha(x), the shared body of <see cref="Elu"/> and <see cref="Selu"/>.</summary>
    private static Tensor ScaledElu(Tensor x, double alpha, double scale)
    {
        Tensor y = Dispatch.Unary(x, new EluOperator(alpha, scale));
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.Binary(x, dy, new EluGradientOperator(alpha, scale), "EluGradient")]);
        return y;
    }

    /// <summary>Scale · ELU_alpha of x into an existing y of x's shape and dtype, not recorded: the same kernel as the op, for inference into preallocated buffers.</summary>
    internal static void ScaledEluInto(Tensor x, double alpha, double scale, Tensor y) => Dispatch.UnaryInto(x, y, new EluOperator(alpha, scale));
}
