// Selu: y = scale · (x if x > 0 else alpha · (e^x − 1)),  alpha = 1.67326324, scale = 1.05070098 (Klambauer et al. 2017)
// Backward: dx = dy · scale if x ≥ 0 else dy · scale · alpha · e^x   (saves x; at the kink x = 0 the right
//           derivative, scale, as TensorFlow's SeluGrad)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The α of SELU, 1.67326324 (Keras).</summary>
    public const double SeluAlpha = 1.67326324;

    /// <summary>The scale λ of SELU, 1.05070098 (Keras).</summary>
    public const double SeluScale = 1.05070098;

    /// <summary>Scaled exponential linear unit, element-wise.</summary>
    /// <remarks><c>y = λ · (x &gt; 0 ? x : α(eˣ − 1))</c> with α = 1.67326324, λ = 1.05070098; <c>dx = dy · λ · (x ≥ 0 ? 1 : α eˣ)</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Selu(Tensor x)
    {
        NotNull(x, "Selu", nameof(x));
        return ScaledElu(x, SeluAlpha, SeluScale);
    }
}
