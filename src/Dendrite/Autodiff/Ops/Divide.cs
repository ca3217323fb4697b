// Divide: z = a / b   (element-wise, numpy broadcasting)
// Backward: da = sum_to_shape(dz / b, a.shape),  db = sum_to_shape(-dz * a / b², b.shape)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise quotient with broadcasting.</summary>
    /// <remarks><c>z = a / b</c>; <c>da = dz / b</c>, <c>db = −dz · a / b²</c>, each summed over broadcast axes.</remarks>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The divisor.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes differ.</exception>
    public static Tensor Divide(Tensor a, Tensor b)
    {
        Tensor z = Dispatch.Binary(a, b, default(DivideOperator), "Divide");
        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        [
            needs[0] ? Dispatch.SumToShape(Divide(dz, b), a.Shape) : null,
            needs[1] ? Dispatch.SumToShape(Negate(Divide(Multiply(dz, z), b)), b.Shape) : null,
        ]);
        return z;
    }
}
