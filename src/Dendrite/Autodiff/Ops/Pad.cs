// Pad: y = x with `before` zeros prepended and `after` zeros appended along one axis (a copy).
//   y[…, before + i, …] = x[…, i, …],  0 elsewhere      (the ZeroPadding layers apply it per spatial axis)
// Backward: dx = dy[…, before : before + n, …]            (the slice back out)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Pads <paramref name="x"/> with zeros along <paramref name="axis"/>.</summary>
    /// <param name="x">The tensor, rank ≥ 1.</param>
    /// <param name="axis">The axis to pad; negative counts from the end.</param>
    /// <param name="before">Zeros before the first row, ≥ 0.</param>
    /// <param name="after">Zeros after the last row, ≥ 0.</param>
    /// <exception cref="ArgumentException">The axis is out of range or a padding is negative.</exception>
    internal static Tensor Pad(Tensor x, int axis, int before, int after)
    {
        NotNull(x, "Pad", nameof(x));
        int ax = CheckAxis(x.Shape, axis, "Pad");
        if (before < 0 || after < 0)
        {
            throw new ArgumentException($"Pad expects paddings >= 0, received before {before} and after {after}.", nameof(before));
        }

        int n = x.Shape[ax];
        Tensor y = TensorPool.Zeros(x.Shape.With(ax, before + n + after), x.DType);
        MoveAlongAxis(x, 0, y, before, n, ax, accumulate: false);
        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            MoveAlongAxis(dy, before, dx, 0, n, ax, accumulate: false);
            return [dx];
        });
        return y;
    }
}
