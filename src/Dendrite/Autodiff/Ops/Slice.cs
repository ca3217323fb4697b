// Slice: y = x[…, start : start + length, …] along one axis (a copy)
// Backward: dx = zeros(x.shape) with dy scattered into rows [start, start + length)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Copies the rows [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="x"/> along <paramref name="axis"/>.</summary>
    /// <remarks><c>y = x[start : start + length]</c> on the axis; <c>dx</c> is <c>dy</c> in those rows and 0 elsewhere.</remarks>
    /// <param name="x">The tensor, rank ≥ 1.</param>
    /// <param name="axis">The axis to slice; negative counts from the end.</param>
    /// <param name="start">The first row, ≥ 0.</param>
    /// <param name="length">The number of rows, ≥ 0.</param>
    /// <exception cref="ArgumentException">The axis is out of range, or the rows are outside it.</exception>
    public static Tensor Slice(Tensor x, int axis, int start, int length)
    {
        NotNull(x, "Slice", nameof(x));
        int ax = CheckAxis(x.Shape, axis, "Slice");
        int n = x.Shape[ax];
        if (start < 0 || length < 0 || start > n - length)
        {
            throw new ArgumentException(
                $"Slice expects rows within [0, {n}) of axis {axis} of shape {x.Shape}, received start {start} and length {length}.",
                nameof(start));
        }

        Tensor y = TensorPool.Zeros(x.Shape.With(ax, length), x.DType);
        MoveAlongAxis(x, start, y, 0, length, ax, accumulate: false);
        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            MoveAlongAxis(dy, 0, dx, start, length, ax, accumulate: false);
            return [dx];
        });
        return y;
    }
}
