// AbsoluteError (fused): y = |a − b|, element-wise, for MeanAbsoluteError (Abs is not a primitive here).
// Backward: da = dy · sign(a − b),   db = −dy · sign(a − b)
// Subgradient choice: sign(0) = 0, so where a = b neither input receives gradient (as TensorFlow's
// d|x|/dx = sign(x), and Keras' MAE under every backend).
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise absolute difference |<paramref name="a"/> − <paramref name="b"/>| of two same-shaped tensors.</summary>
    /// <remarks><c>y = |a − b|</c>; <c>da = dy · sign(a − b)</c>, <c>db = −da</c>, with <c>sign(0) = 0</c>.</remarks>
    /// <param name="a">The first tensor, e.g. the predictions.</param>
    /// <param name="b">The second tensor, same shape and dtype, e.g. the targets.</param>
    /// <exception cref="ArgumentException">The shapes or dtypes differ.</exception>
    public static Tensor AbsoluteError(Tensor a, Tensor b)
    {
        Dispatch.SameDType(a, b, "AbsoluteError");
        if (a.Shape != b.Shape)
        {
            throw new ArgumentException($"AbsoluteError expects operands of the same shape, received {a.Shape} and {b.Shape}.");
        }

        Tensor y = TensorPool.ZerosLike(a);
        for (int i = 0; i < y.Size; i++)
        {
            y.SetFlat(i, Math.Abs(a.GetFlat(i) - b.GetFlat(i)));
        }

        GradientTape.RecordOperation(y, [a, b], (dy, needs) =>
        {
            Tensor da = TensorPool.ZerosLike(a);
            for (int i = 0; i < da.Size; i++)
            {
                da.SetFlat(i, dy.GetFlat(i) * Math.Sign(a.GetFlat(i) - b.GetFlat(i)));
            }

            return [needs[0] ? da : null, needs[1] ? Negate(da) : null];
        });
        return y;
    }
}
