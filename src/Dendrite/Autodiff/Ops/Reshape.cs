// Reshape: y = x with another shape of the same size (a view: no copy).
// Backward: dx = reshape(dy, x.shape)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The same elements in another shape; one dimension may be -1 and is inferred.</summary>
    /// <remarks><c>dx = reshape(dy, x.shape)</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="shape">The new shape.</param>
    /// <exception cref="ArgumentException">The sizes differ.</exception>
    public static Tensor Reshape(Tensor x, Shape shape)
    {
        Tensor y = x.View(shape);
        GradientTape.RecordOperation(y, [x], (dy, needs) => [dy.View(x.Shape)]);
        return y;
    }
}
