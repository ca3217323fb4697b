// Pooling windows over channels-last data (geometry in ConvGeometry.cs; padding positions are skipped):
//   max:      y[b, oy, ox, c] = max over the window's input positions of x[b, iy, ix, c]
//             dx[argmax] += dy, the argmax being the first position in window order (ky, then kx) holding the
//             maximum — recomputed from x and y in the backward pass instead of stored
//   average:  y = (Σ over the window's input positions of x) / n, n = the number of those positions, so
//             padding is not counted (Keras 'same', as TensorFlow's avg_pool); dx[each position] += dy / n
using System.Numerics;

namespace Dendrite.Kernels;

/// <summary>Max and average pooling passes on channels-last spans.</summary>
internal static class Pooling
{
    /// <summary>y = the window maxima of x.</summary>
    public static void MaxForward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels;
        Span<int> offsets = new int[g.KernelH * g.KernelW];
        for (int b = 0, o = 0; b < batch; b++)
        {
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            for (int oy = 0; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    Span<T> cell = y.Slice(o * c, c);
                    int n = Window(g, oy, ox, offsets);
                    sample.Slice(offsets[0], c).CopyTo(cell);
                    for (int i = 1; i < n; i++)
                    {
                        TensorPrimitives.Max(cell, sample.Slice(offsets[i], c), cell);
                    }
                }
            }
        }
    }

    /// <summary>dx[first argmax of each window] += dy (dx must start at zero).</summary>
    public static void MaxBackward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels;
        Span<int> offsets = new int[g.KernelH * g.KernelW];
        for (int b = 0, o = 0; b < batch; b++)
        {
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            Span<T> dSample = dx.Slice(b * g.InputSize, g.InputSize);
            for (int oy = 0; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    int n = Window(g, oy, ox, offsets);

                    for (int ch = 0; ch < c; ch++)
                    {
                        T max = y[(o * c) + ch];
                        for (int i = 0; i < n; i++)
                        {
                            if (sample[offsets[i] + ch] == max)
                            {
                                dSample[offsets[i] + ch] += dy[(o * c) + ch];
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>y = the window means of x over the positions inside the input.</summary>
    public static void AverageForward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels;
        Span<int> offsets = new int[g.KernelH * g.KernelW];
        for (int b = 0, o = 0; b < batch; b++)
        {
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            for (int oy = 0; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    Span<T> cell = y.Slice(o * c, c);
                    int n = Window(g, oy, ox, offsets);
                    for (int i = 0; i < n; i++)
                    {
                        TensorPrimitives.Add(cell, sample.Slice(offsets[i], c), cell);
                    }

                    TensorPrimitives.Divide(cell, T.CreateTruncating(n), cell);
                }
            }
        }
    }

    /// <summary>dx[each window position] += dy / n (dx must start at zero).</summary>
    public static void AverageBackward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels;
        Span<T> share = new T[c];
        Span<int> offsets = new int[g.KernelH * g.KernelW];
        for (int b = 0, o = 0; b < batch; b++)
        {
            Span<T> dSample = dx.Slice(b * g.InputSize, g.InputSize);
            for (int oy = 0; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    int n = Window(g, oy, ox, offsets);
                    TensorPrimitives.Divide(dy.Slice(o * c, c), T.CreateTruncating(n), share);
                    for (int i = 0; i < n; i++)
                    {
                        Span<T> target = dSample.Slice(offsets[i], c);
                        TensorPrimitives.Add(target, share, target);
                    }
                }
            }
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
}
