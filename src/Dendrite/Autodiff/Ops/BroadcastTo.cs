// BroadcastTo: y = x stretched to a larger shape by numpy broadcasting (size-1 axes repeat).
// Backward: dx = sum_to_shape(dy, x.shape)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Repeats <paramref name="x"/> along size-1 (or missing leading) axes to <paramref name="shape"/>.</summary>
    /// <remarks><c>dx</c> sums <c>dy</c> over the repeated axes.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="shape">The target shape; must be a broadcast of x's shape.</param>
    /// <exception cref="ArgumentException">x cannot be broadcast to <paramref name="shape"/>.</exception>
    public static Tensor BroadcastTo(Tensor x, Shape shape)
    {
        if (Kernels.Broadcast.Shapes(x.Shape, shape) != shape)
        {
            throw new ArgumentException($"BroadcastTo: shape {x.Shape} cannot be broadcast to {shape}.", nameof(shape));
        }

        Tensor y = Dispatch.Binary(TensorPool.Zeros(shape, x.DType), x, default(AddOperator), "BroadcastTo");
        GradientTape.RecordOperation(y, [x], (dy, needs) => [Dispatch.SumToShape(dy, x.Shape)]);
        return y;
    }
}
