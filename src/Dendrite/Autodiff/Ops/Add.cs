// Add: z = a + b   (numpy broadcasting)
// Backward: da = sum_to_shape(dz, a.shape),  db = sum_to_shape(dz, b.shape)
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Element-wise sum with broadcasting.</summary>
    /// <remarks><c>z = a + b</c>; <c>da = dz</c>, <c>db = dz</c>, each summed over broadcast axes.</remarks>
    /// <param name="a">The first operand.</param>
    /// <param name="b">The second operand.</param>
    /// <exception cref="ArgumentException">The shapes cannot be broadcast, or the dtypes differ.</exception>
    public static Tensor Add(Tensor a, Tensor b)
    {
        Tensor z = Dispatch.Binary(a, b, default(AddOperator), "Add");
        GradientTape.RecordOperation(z, [a, b], (dz, needs) =>
        [
            needs[0] ? Dispatch.SumToShape(dz, a.Shape) : null,
            needs[1] ? Dispatch.SumToShape(dz, b.Shape) : null,
        ]);
        return z;
    }

    /// <summary>a + b (broadcast) into an existing z of the result's shape, not recorded: the kernel of <see cref="Add(Tensor, Tensor)"/>, for inference into preallocated buffers.</summary>
    internal static void AddInto(Tensor a, Tensor b, Tensor z) => Dispatch.BinaryInto(a, b, z, default(AddOperator));
}
