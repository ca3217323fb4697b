// Moving blocks along one axis: the data movement behind Concat, Slice and Gather (and their gradients).
// A tensor is viewed as (outer, n, inner) around the axis; a block is `length` consecutive rows r:
//   copy:  destination[o, dStart + r, i]  = source[o, sStart + r, i]     0 ≤ r < length
//   add:   destination[o, dStart + r, i] += source[o, sStart + r, i]     (scatter-add for Gather's gradient)
using System.Numerics;

namespace Dendrite.Kernels;

/// <summary>Copies or adds rows along one axis of (outer, n, inner) views.</summary>
internal static class AxisBlocks
{
    /// <summary>destination[o, destinationStart + r, i] = source[o, sourceStart + r, i] for r &lt; length.</summary>
    public static void Copy<T>(ReadOnlySpan<T> source, int sourceN, int sourceStart, Span<T> destination, int destinationN, int destinationStart, int outer, int length, int inner)
        where T : unmanaged
    {
        int block = length * inner;
        for (int o = 0; o < outer; o++)
        {
            source.Slice(((o * sourceN) + sourceStart) * inner, block)
                .CopyTo(destination.Slice(((o * destinationN) + destinationStart) * inner, block));
        }
    }

    /// <summary>destination[o, destinationStart + r, i] += source[o, sourceStart + r, i] for r &lt; length.</summary>
    public static void Add<T>(ReadOnlySpan<T> source, int sourceN, int sourceStart, Span<T> destination, int destinationN, int destinationStart, int outer, int length, int inner)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int block = length * inner;
        for (int o = 0; o < outer; o++)
        {
            Span<T> dst = destination.Slice(((o * destinationN) + destinationStart) * inner, block);
            TensorPrimitives.Add(dst, source.Slice(((o * sourceN) + sourceStart) * inner, block), dst);
        }
    }
}
