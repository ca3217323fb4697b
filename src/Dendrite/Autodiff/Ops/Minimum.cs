// Minimum: z = min(a, b) element-wise, numpy broadcasting (NaN if either is NaN)
// Backward: da = sum_to_shape(dz · [a ≤ b], a.shape),  db = sum_to_shape(dz · [a > b], b.shape)
//           (ties: the whole gradient goes to a, so the two parts always add up to dz)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise minimum with broadcasting.</summary>
    /// <remarks><c>z = min(a, b)</c>; <c>da = dz · [a ≤ b]</c>, <c>db = dz · [a &gt; b]</c>: on ties the gradient goes to <paramref name="a"/>.</remarks>
    /// <param name="a">The first operand; receives the gradient on ties.</param>
    /// <param name="b">The second operand.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes differ.</exception>
    public static Tensor Minimum(Tensor a, Tensor b)
    {
        NotNull(a, "Minimum", nameof(a));
        NotNull(b, "Minimum", nameof(b));
        Tensor z = Dispatch.Binary(a, b, default(MinimumOperator), "Minimum");
        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        {
            Tensor toA = Multiply(dz, Dispatch.Binary(b, a, default(GreaterOrEqualMaskOperator), "Minimum"));
            return
            [
                needs[0] ? Dispatch.SumToShape(toA, a.Shape) : null,
                needs[1] ? Dispatch.SumToShape(Subtract(dz, toA), b.Shape) : null,
            ];
        });
        return z;
    }
}
