// Where: z = a where condition ≠ 0, else b   (numpy broadcasting over all three; NaN conditions count as true)
// Backward: da = sum_to_shape(where(c, dz, 0), a.shape),  db = sum_to_shape(where(c, 0, dz), b.shape);
//           the condition is not differentiable and gets no gradient.
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Chooses element-wise between <paramref name="a"/> and <paramref name="b"/> by a condition, with broadcasting.</summary>
    /// <remarks><c>z = c ≠ 0 ? a : b</c>; <c>da = dz</c> where the condition holds, <c>db = dz</c> elsewhere; the condition gets no gradient.</remarks>
    /// <param name="condition">Nonzero elements select <paramref name="a"/>; any dtype.</param>
    /// <param name="a">The values where the condition holds.</param>
    /// <param name="b">The values elsewhere; same dtype as <paramref name="a"/>.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes of a and b differ.</exception>
    public static Tensor Where(Tensor condition, Tensor a, Tensor b)
    {
        NotNull(condition, "Where", nameof(condition));
        NotNull(a, "Where", nameof(a));
        NotNull(b, "Where", nameof(b));
        Dispatch.SameDType(a, b, "Where");
        Shape shape = BroadcastShape(condition.Shape, BroadcastShape(a.Shape, b.Shape, "Where"), "Where");
        Tensor c = ExpandTo(condition.To(a.DType), shape, "Where");
        Tensor z = TensorPool.Zeros(shape, a.DType);
        SelectInto(c, ExpandTo(a, shape, "Where"), ExpandTo(b, shape, "Where"), z);
        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        {
            Tensor zero = TensorPool.Zeros(shape, a.DType);
            Tensor? da = null, db = null;
            if (needs[0])
            {
                da = TensorPool.Zeros(shape, a.DType);
                SelectInto(c, dz, zero, da);
            }

            if (needs[1])
            {
                db = TensorPool.Zeros(shape, a.DType);
                SelectInto(c, zero, dz, db);
            }

            return
            [
                da is null ? null : Dispatch.SumToShape(da, a.Shape),
                db is null ? null : Dispatch.SumToShape(db, b.Shape),
            ];
        });
        return z;
    }

    private static void SelectInto(Tensor c, Tensor a, Tensor b, Tensor destination)
    {
        if (destination.DType == DType.Float32)
        {
            Select.Where<float>(c.Span<float>(), a.Span<float>(), b.Span<float>(), destination.Span<float>());
        }
        else
        {
            Select.Where<double>(c.Span<double>(), a.Span<double>(), b.Span<double>(), destination.Span<double>());
        }
    }
}
