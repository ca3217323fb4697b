// Pooling windows over channels-last data (geometry in ConvGeometry.cs; padding positions are skipped):
//   max:      y[b, oy, ox, c] = max over the window's input positions of x[b, iy, ix, c]   (IEEE 754 maximum,
//             as TensorPrimitives.Max: a NaN in the window gives NaN)
//             dx[argmax] += dy, the argmax being the first position in window order (ky, then kx) holding the
//             maximum — recomputed from x and y in the backward pass instead of stored
//   average:  y = (Σ over the window's input positions of x, in window order) / n, n = the number of those
//             positions, so padding is not counted (Keras 'same', as TensorFlow's avg_pool); dx[each position] += dy / n
// Max forward takes TensorPrimitives.Max cell by cell; the other passes work on Vector<T> blocks of channels with
// a scalar tail (the same arithmetic per element). Every pass is split over samples with ParallelRanges: a thread owns whole samples of y and dx, so the results do not depend on
// the thread count. Outputs are fully written (y need not be cleared); dx is accumulated into (it must start at zero).
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dendrite.Kernels;

/// <summary>Max and average pooling passes on channels-last spans.</summary>
internal static unsafe partial class Pooling
{
    /// <summary>y = the window maxima of x.</summary>
    public static void MaxForward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        fixed (T* px = x, py = y)
        {
            (nint ix, nint iy, int xl, int yl) = ((nint)px, (nint)py, x.Length, y.Length);
            ParallelRanges.For(batch, g.InputSize, (b0, b1) => MaxForwardRange(geometry, b0, b1, new ReadOnlySpan<T>((T*)ix, xl), new Span<T>((T*)iy, yl)));
        }
    }

    /// <summary>dx[first argmax of each window] += dy (dx must start at zero).</summary>
    public static void MaxBackward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        fixed (T* px = x, py = y, pdy = dy, pdx = dx)
        {
            (nint ix, nint iy, nint idy, nint idx, int xl, int yl) = ((nint)px, (nint)py, (nint)pdy, (nint)pdx, x.Length, y.Length);
            ParallelRanges.For(batch, g.InputSize, (b0, b1) => MaxBackwardRange(
                geometry, b0, b1, new ReadOnlySpan<T>((T*)ix, xl), new ReadOnlySpan<T>((T*)iy, yl), new ReadOnlySpan<T>((T*)idy, yl), new Span<T>((T*)idx, xl)));
        }
    }

    /// <summary>y = the window means of x over the positions inside the input.</summary>
    public static void AverageForward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        fixed (T* px = x, py = y)
        {
            (nint ix, nint iy, int xl, int yl) = ((nint)px, (nint)py, x.Length, y.Length);
            ParallelRanges.For(batch, g.InputSize, (b0, b1) => AverageForwardRange(geometry, b0, b1, new ReadOnlySpan<T>((T*)ix, xl), new Span<T>((T*)iy, yl)));
        }
    }

    /// <summary>dx[each window position] += dy / n (dx must start at zero).</summary>
    public static void AverageBackward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        fixed (T* pdy = dy, pdx = dx)
        {
            (nint idy, nint idx, int yl, int xl) = ((nint)pdy, (nint)pdx, dy.Length, dx.Length);
            ParallelRanges.For(batch, g.InputSize, (b0, b1) => AverageBackwardRange(geometry, b0, b1, new ReadOnlySpan<T>((T*)idy, yl), new Span<T>((T*)idx, xl)));
        }
    }

    /// <summary>Writes the element offsets (within a sample) of the window's input positions, in (ky, kx) order, and returns their count.</summary>
    private static int Window(in ConvGeometry g, int oy, int ox, Span<int> offsets)
    {
        int n = 0;
        for (int ky = 0; ky < g.KernelH; ky++)
        {
            int iy = (oy * g.StrideH) - g.PadTop + (ky * g.DilationH);
            if ((uint)iy >= (uint)g.InH)
            {
                continue;
            }

            for (int kx = 0; kx < g.KernelW; kx++)
            {
                int ix = (ox * g.StrideW) - g.PadLeft + (kx * g.DilationW);
                if ((uint)ix < (uint)g.InW)
                {
                    offsets[n++] = ((iy * g.InW) + ix) * g.Channels;
                }
            }
        }

        return n;
    }

    private static Vector<T> Load<T>(ReadOnlySpan<T> span, int index)
        where T : unmanaged => Vector.LoadUnsafe(ref Unsafe.Add(ref MemoryMarshal.GetReference(span), index));
}
