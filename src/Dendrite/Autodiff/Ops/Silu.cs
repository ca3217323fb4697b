// Silu (Swish): y = x · σ(x), σ the logistic sigmoid   (Ramachandran et al. 2017; Elfwing et al. 2017)
// Backward: composite of Multiply and Sigmoid, so dx = dy · (σ(x) + x σ(x)(1 − σ(x))) comes for free.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Sigmoid-weighted linear unit (also called Swish), element-wise.</summary>
    /// <remarks><c>y = x · σ(x)</c>; <c>dx = dy · (σ(x) + x σ(x)(1 − σ(x)))</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Silu(Tensor x)
    {
        NotNull(x, "Silu", nameof(x));
        return Multiply(x, Sigmoid(x));
    }
}
