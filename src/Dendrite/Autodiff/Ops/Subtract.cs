// Subtract: z = a - b   (numpy broadcasting)
// Backward: da = sum_to_shape(dz, a.shape),  db = -sum_to_shape(dz, b.shape)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise difference with broadcasting.</summary>
    /// <remarks><c>z = a - b</c>; <c>da = dz</c>, <c>db = -dz</c>, each summed over broadcast axes.</remarks>
    /// <param name="a">The minuend.</param>
    /// <param name="b">The subtrahend.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes differ.</exception>
    public static Tensor Subtract(Tensor a, Tensor b)
    {
        Tensor z = Dispatch.Binary(a, b, default(SubtractOperator), "Subtract");
        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        [
            needs[0] ? Dispatch.SumToShape(dz, a.Shape) : null,
            needs[1] ? Negate(Dispatch.SumToShape(dz, b.Shape)) : null,
        ]);
        return z;
    }
}
