// Min: y = min_r x[…, r, …] = −max_r (−x[…, r, …]), composed from Negate and Max
// Backward: by composition, dx = dy at the FIRST minimal element and 0 elsewhere (ties: first element, as Max)
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Minimum along <paramref name="axis"/>.</summary>
    /// <remarks><c>y = min_r x_r = −max_r(−x_r)</c>; <c>dx</c> is <c>dy</c> at the first minimal element and 0 elsewhere.</remarks>
    /// <param name="x">The tensor, rank ≥ 1.</param>
    /// <param name="axis">The axis to reduce; negative counts from the end.</param>
    /// <param name="keepDims">Keep the reduced axis with size 1; default false.</param>
    /// <exception cref="ArgumentException">The axis is out of range or has length 0.</exception>
    public static Tensor Min(Tensor x, int axis, bool keepDims = false)
    {
        NotNull(x, "Min", nameof(x));
        CheckAxis(x.Shape, axis, "Min");
        return Negate(Max(Negate(x), axis, keepDims));
    }

    /// <summary>Minimum over all elements, as a scalar.</summary>
    /// <remarks><c>y = min x</c>; <c>dx</c> is <c>dy</c> at the first minimal element (row-major) and 0 elsewhere.</remarks>
    /// <param name="x">The tensor, with at least one element.</param>
    /// <exception cref="ArgumentException">The tensor is empty.</exception>
    public static Tensor Min(Tensor x)
    {
        NotNull(x, "Min", nameof(x));
        return Negate(Max(Negate(x)));
    }
}
