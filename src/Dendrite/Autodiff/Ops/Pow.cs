// Pow: y = x^p for a constant p;  z = a^b element-wise with numpy broadcasting
// Backward (constant p):  dx = dy · p · x^(p−1)   (0 when p = 0)
// Backward (tensors):     da = sum_to_shape(dz · b · a^(b−1), a.shape)   (0 where b = 0, as PyTorch)
//                         db = sum_to_shape(dz · z · ln a, b.shape)      (0 where a = 0 and b ≥ 0, as PyTorch;
//                                                                         NaN for a < 0: ln a is undefined there)
using System.Numerics;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Raises every element to a constant power.</summary>
    /// <remarks><c>y = x^p</c>; <c>dx = dy · p · x^(p−1)</c>, and 0 when p = 0.</remarks>
    /// <param name="x">The base.</param>
    /// <param name="exponent">The constant exponent p.</param>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static Tensor Pow(Tensor x, double exponent)
    {
        NotNull(x, "Pow", nameof(x));
        Tensor y = Dispatch.Map(
            x,
            (s, d) => TensorPrimitives.Pow(s, (float)exponent, d),
            (s, d) => TensorPrimitives.Pow(s, exponent, d));
        GradientTape.RecordOperation(y, [x], (dy, needs) =>
            [exponent == 0 ? TensorPool.ZerosLike(x) : Multiply(dy, Multiply(Pow(x, exponent - 1), exponent))]);
        return y;
    }

    /// <summary>Element-wise power with broadcasting.</summary>
    /// <remarks><c>z = a^b</c>; <c>da = dz · b · a^(b−1)</c>, <c>db = dz · z · ln a</c>, each summed over broadcast axes.</remarks>
    /// <param name="a">The base.</param>
    /// <param name="b">The exponent.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes differ.</exception>
    public static Tensor Pow(Tensor a, Tensor b)
    {
        NotNull(a, "Pow", nameof(a));
        NotNull(b, "Pow", nameof(b));
        Dispatch.SameDType(a, b, "Pow");
        Shape shape = BroadcastShape(a.Shape, b.Shape, "Pow");
        Tensor ae = ExpandTo(a, shape, "Pow");
        Tensor be = ExpandTo(b, shape, "Pow");
        Tensor z = TensorPool.Zeros(shape, a.DType);
        if (a.DType == DType.Float32)
        {
            TensorPrimitives.Pow(ae.Span<float>(), be.Span<float>(), z.Span<float>());
        }
        else
        {
            TensorPrimitives.Pow(ae.Span<double>(), be.Span<double>(), z.Span<double>());
        }

        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        {
            Tensor da = TensorPool.Zeros(shape, a.DType);
            Tensor db = TensorPool.Zeros(shape, a.DType);
            if (a.DType == DType.Float32)
            {
                PowBackward(ae.Span<float>(), be.Span<float>(), z.Span<float>(), dz.Span<float>(), da.Span<float>(), db.Span<float>());
            }
            else
            {
                PowBackward(ae.Span<double>(), be.Span<double>(), z.Span<double>(), dz.Span<double>(), da.Span<double>(), db.Span<double>());
            }

            return
            [
                needs[0] ? Dispatch.SumToShape(da, a.Shape) : null,
                needs[1] ? Dispatch.SumToShape(db, b.Shape) : null,
            ];
        });
        return z;
    }

    private static void PowBackward<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> z, ReadOnlySpan<T> dz, Span<T> da, Span<T> db)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int i = 0; i < a.Length; i++)
        {
            da[i] = b[i] == T.Zero ? T.Zero : dz[i] * b[i] * T.Pow(a[i], b[i] - T.One);
            db[i] = a[i] == T.Zero && b[i] >= T.Zero ? T.Zero : dz[i] * z[i] * T.Log(a[i]);
        }
    }
}
