// Block moves along one axis for Concat, Slice and Gather, dispatched on the dtype (kernel: AxisBlocks).
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Copies (or adds, when <paramref name="accumulate"/>) rows [sourceStart, sourceStart + length) of <paramref name="source"/> along <paramref name="axis"/> into rows starting at destinationStart of <paramref name="destination"/>.</summary>
    internal static void MoveAlongAxis(Tensor source, int sourceStart, Tensor destination, int destinationStart, int length, int axis, bool accumulate)
    {
        var (outer, sourceN, inner) = Dispatch.Split(source.Shape, axis);
        int destinationN = destination.Shape[axis];
        if (source.DType == DType.Float32)
        {
            Move(source.Span<float>(), sourceN, sourceStart, destination.Span<float>(), destinationN, destinationStart, outer, length, inner, accumulate);
        }
        else
        {
            Move(source.Span<double>(), sourceN, sourceStart, destination.Span<double>(), destinationN, destinationStart, outer, length, inner, accumulate);
        }

        static void Move<T>(ReadOnlySpan<T> s, int sn, int ss, Span<T> d, int dn, int ds, int outer, int length, int inner, bool accumulate)
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            if (accumulate)
            {
                AxisBlocks.Add(s, sn, ss, d, dn, ds, outer, length, inner);
            }
            else
            {
                AxisBlocks.Copy(s, sn, ss, d, dn, ds, outer, length, inner);
            }
        }
    }
}
