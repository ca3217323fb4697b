// ExpandTo: materializes the numpy broadcast of x to a larger shape, unrecorded (x · 1 is exact, −0 and
// infinities included). For ops computed on whole spans after broadcasting (Pow, Where).
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>x broadcast to <paramref name="shape"/> as a new contiguous tensor (x itself when the shapes are equal); not recorded.</summary>
    internal static Tensor ExpandTo(Tensor x, Shape shape, string opName)
        => x.Shape == shape ? x : Dispatch.Binary(x, TensorPool.Full(shape, 1.0, x.DType), default(MultiplyOperator), opName);

    /// <summary>The broadcast shape of two operands, or an <see cref="ArgumentException"/> naming the op.</summary>
    internal static Shape BroadcastShape(Shape a, Shape b, string opName)
    {
        try
        {
            return Kernels.Broadcast.Shapes(a, b);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{opName}: {e.Message}", e);
        }
    }
}
