// Pooling over the samples [b0, b1) of a batch: the per-thread bodies of Pooling.cs (maths and order there).
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dendrite.Kernels;

/// <summary>The per-range bodies of the pooling passes.</summary>
internal static unsafe partial class Pooling
{
    private static void MaxForwardRange<T>(in ConvGeometry g, int b0, int b1, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels;
        Span<int> offsets = stackalloc int[g.KernelH * g.KernelW];
        for (int b = b0; b < b1; b++)
        {
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            for (int oy = 0, o = b * g.OutH * g.OutW; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    int n = Window(g, oy, ox, offsets);
                    Span<T> cell = y.Slice(o * c, c);
                    sample.Slice(offsets[0], c).CopyTo(cell);
                    for (int i = 1; i < n; i++)
                    {
                        TensorPrimitives.Max(cell, sample.Slice(offsets[i], c), cell);
                    }
                }
            }
        }
    }

    private static void MaxBackwardRange<T>(in ConvGeometry g, int b0, int b1, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels, vc = Vector<T>.Count;
        Span<int> offsets = stackalloc int[g.KernelH * g.KernelW];
        for (int b = b0; b < b1; b++)
        {
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            Span<T> dSample = dx.Slice(b * g.InputSize, g.InputSize);
            ref T dr = ref MemoryMarshal.GetReference(dSample);
            for (int oy = 0, o = b * g.OutH * g.OutW; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    int n = Window(g, oy, ox, offsets);
                    int ch = 0;
                    for (; ch + vc <= c; ch += vc)
                    {
                        Vector<T> max = Load(y, (o * c) + ch), grad = Load(dy, (o * c) + ch), taken = Vector<T>.Zero;
                        for (int i = 0; i < n; i++)
                        {
                            Vector<T> hit = Vector.AndNot(Vector.Equals(Load(sample, offsets[i] + ch), max), taken);
                            ref T target = ref Unsafe.Add(ref dr, offsets[i] + ch);
                            (Vector.LoadUnsafe(ref target) + Vector.ConditionalSelect(hit, grad, Vector<T>.Zero)).StoreUnsafe(ref target);
                            taken |= hit;
                        }
                    }

                    for (; ch < c; ch++)
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

    private static void AverageForwardRange<T>(in ConvGeometry g, int b0, int b1, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels, vc = Vector<T>.Count;
        Span<int> offsets = stackalloc int[g.KernelH * g.KernelW];
        for (int b = b0; b < b1; b++)
        {
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            for (int oy = 0, o = b * g.OutH * g.OutW; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    int n = Window(g, oy, ox, offsets);
                    T count = T.CreateTruncating(n);
                    ref T cell = ref MemoryMarshal.GetReference(y.Slice(o * c, c));
                    int ch = 0;
                    for (; ch + vc <= c; ch += vc)
                    {
                        Vector<T> sum = Vector<T>.Zero;
                        for (int i = 0; i < n; i++)
                        {
                            sum += Load(sample, offsets[i] + ch);
                        }

                        (sum / new Vector<T>(count)).StoreUnsafe(ref Unsafe.Add(ref cell, ch));
                    }

                    for (; ch < c; ch++)
                    {
                        T sum = T.Zero;
                        for (int i = 0; i < n; i++)
                        {
                            sum += sample[offsets[i] + ch];
                        }

                        Unsafe.Add(ref cell, ch) = sum / count;
                    }
                }
            }
        }
    }

    private static void AverageBackwardRange<T>(in ConvGeometry g, int b0, int b1, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels, vc = Vector<T>.Count;
        Span<int> offsets = stackalloc int[g.KernelH * g.KernelW];
        for (int b = b0; b < b1; b++)
        {
            ref T dr = ref MemoryMarshal.GetReference(dx.Slice(b * g.InputSize, g.InputSize));
            for (int oy = 0, o = b * g.OutH * g.OutW; oy < g.OutH; oy++)
            {
                for (int ox = 0; ox < g.OutW; ox++, o++)
                {
                    int n = Window(g, oy, ox, offsets);
                    T count = T.CreateTruncating(n);
                    int ch = 0;
                    for (; ch + vc <= c; ch += vc)
                    {
                        Vector<T> share = Load(dy, (o * c) + ch) / new Vector<T>(count);
                        for (int i = 0; i < n; i++)
                        {
                            ref T target = ref Unsafe.Add(ref dr, offsets[i] + ch);
                            (Vector.LoadUnsafe(ref target) + share).StoreUnsafe(ref target);
                        }
                    }

                    for (; ch < c; ch++)
                    {
                        T share = dy[(o * c) + ch] / count;
                        for (int i = 0; i < n; i++)
                        {
                            Unsafe.Add(ref dr, offsets[i] + ch) += share;
                        }
                    }
                }
            }
        }
    }
}
