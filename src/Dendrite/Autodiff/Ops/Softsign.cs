// Softsign: y = x / (1 + |x|), composed from Abs, Add and Divide
// Backward: by composition, dx = dy / (1 + |x|)²   (smooth at 0: Abs's subgradient there is multiplied by x = 0)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Softsign, element-wise.</summary>
    /// <remarks><c>y = x / (1 + |x|)</c>; <c>dx = dy / (1 + |x|)²</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Softsign(Tensor x)
    {
        NotNull(x, "Softsign", nameof(x));
        return Divide(x, Add(Abs(x), Dispatch.Scalar(1, x)));
    }
}
