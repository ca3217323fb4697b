// Multiply: z = a * b   (element-wise, numpy broadcasting)
// Backward: da = sum_to_shape(dz * b, a.shape),  db = sum_to_shape(dz * a, b.shape)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise product with broadcasting.</summary>
    /// <remarks><c>z = a · b</c>; <c>da = dz · b</c>, <c>db = dz · a</c>, each summed over broadcast axes.</remarks>
    /// <param name="a">The first factor.</param>
    /// <param name="b">The second factor.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes differ.</exception>
    public static Tensor Multiply(Tensor a, Tensor b)
    {
        Tensor z = Dispatch.Binary(a, b, default(MultiplyOperator), "Multiply");
        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        [
            needs[0] ? Dispatch.SumToShape(Multiply(dz, b), a.Shape) : null,
            needs[1] ? Dispatch.SumToShape(Multiply(dz, a), b.Shape) : null,
        ]);
        return z;
    }

    /// <summary>Multiplies every element by a constant.</summary>
    /// <param name="a">The tensor.</param>
    /// <param name="factor">The constant.</param>
    public static Tensor Multiply(Tensor a, double factor) => Multiply(a, Dispatch.Scalar(factor, a));
}
