// ConvolutionDirect: convolution without im2col for small patches (kernelH·kernelW·channels ≤ MaxPatch, e.g. a
// 3×3 kernel over a grey or RGB image), where a GEMM of depth 9–27 spends its time packing, not multiplying.
//   forward:  y[b, oy, ox, :] = f(Σ_{ky, kx, c inside the input} x[b, iy, ix, c] · W[ky, kx, c, :] + b)
//             the sum from zero in (ky, kx, c) order, over Vector<T> blocks of filters (a scalar tail for the rest);
//             ReLU is applied in registers, sigmoid / tanh afterwards over the whole output (TensorPrimitives).
// Output lines are split across Engine.Threads (ParallelRanges); each output has one fixed computation, so the
// result does not depend on the thread count. The gradients stay on im2col + GEMM (Convolution.Backward.cs): a
// direct kernel-gradient loop measured slower than the GEMM of depth batch·outH·outW.
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dendrite.Kernels;

/// <summary>Direct convolution passes for patches too small for the packed GEMM.</summary>
internal static unsafe class ConvolutionDirect
{
    /// <summary>The largest patch (kernelH·kernelW·channels) computed directly.</summary>
    public const int MaxPatch = 32;

    /// <summary>y (batch·outH·outW × filters) = f(conv(x, w) + b).</summary>
    public static void Forward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int filters, ReadOnlySpan<T> b, Span<T> y, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        bool relu = activation == DenseActivation.Relu;
        fixed (T* px = x, pw = w, pb = b, py = y)
        {
            (nint ix, nint iw, nint ib, nint iy, int xl, int wl, int bl, int yl) = ((nint)px, (nint)pw, (nint)pb, (nint)py, x.Length, w.Length, b.Length, y.Length);
            ParallelRanges.For(batch * g.OutH, (long)g.OutW * filters * g.PatchSize, (l0, l1) => ForwardLines(
                geometry, l0, l1, new ReadOnlySpan<T>((T*)ix, xl), new ReadOnlySpan<T>((T*)iw, wl), filters, new ReadOnlySpan<T>((T*)ib, bl), new Span<T>((T*)iy, yl), relu));
        }

        if (activation == DenseActivation.Sigmoid)
        {
            TensorPrimitives.Sigmoid<T>(y, y);
        }
        else if (activation == DenseActivation.Tanh)
        {
            TensorPrimitives.Tanh<T>(y, y);
        }
    }

    private static void ForwardLines<T>(in ConvGeometry g, int l0, int l1, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int filters, ReadOnlySpan<T> b, Span<T> y, bool relu)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int c = g.Channels, vc = Vector<T>.Count, outH = g.OutH, outW = g.OutW, inH = g.InH, inW = g.InW, kh = g.KernelH, kw = g.KernelW;
        ref T xr = ref MemoryMarshal.GetReference(x);
        ref T wr = ref MemoryMarshal.GetReference(w);
        ref T br = ref MemoryMarshal.GetReference(b);
        ref T yr = ref MemoryMarshal.GetReference(y);
        Span<int> xOffsets = stackalloc int[kh * kw * c];
        Span<int> wOffsets = stackalloc int[kh * kw * c];
        for (int r = l0; r < l1; r++)
        {
            int sample = r / outH * g.InputSize, oy = r % outH;
            for (int ox = 0; ox < outW; ox++)
            {
                // The taps inside the input, in (ky, kx, c) order: where each reads x and its row of W.
                int taps = 0;
                for (int ky = 0; ky < kh; ky++)
                {
                    int iy = (oy * g.StrideH) - g.PadTop + (ky * g.DilationH);
                    for (int kx = 0; (uint)iy < (uint)inH && kx < kw; kx++)
                    {
                        int ix = (ox * g.StrideW) - g.PadLeft + (kx * g.DilationW);
                        for (int ch = 0; (uint)ix < (uint)inW && ch < c; ch++, taps++)
                        {
                            xOffsets[taps] = sample + (((iy * inW) + ix) * c) + ch;
                            wOffsets[taps] = ((((ky * kw) + kx) * c) + ch) * filters;
                        }
                    }
                }

                ref T cell = ref Unsafe.Add(ref yr, ((r * outW) + ox) * filters);
                int f = 0;
                for (; f + (4 * vc) <= filters; f += 4 * vc)
                {
                    Vector<T> a0 = Vector<T>.Zero, a1 = Vector<T>.Zero, a2 = Vector<T>.Zero, a3 = Vector<T>.Zero;
                    for (int t = 0; t < taps; t++)
                    {
                        var xv = new Vector<T>(Unsafe.Add(ref xr, xOffsets[t]));
                        ref T wRow = ref Unsafe.Add(ref wr, wOffsets[t] + f);
                        a0 += xv * Vector.LoadUnsafe(ref wRow);
                        a1 += xv * Vector.LoadUnsafe(ref wRow, (nuint)vc);
                        a2 += xv * Vector.LoadUnsafe(ref wRow, (nuint)(2 * vc));
                        a3 += xv * Vector.LoadUnsafe(ref wRow, (nuint)(3 * vc));
                    }

                    Store(a0, ref br, b.IsEmpty, relu, f, ref cell);
                    Store(a1, ref br, b.IsEmpty, relu, f + vc, ref cell);
                    Store(a2, ref br, b.IsEmpty, relu, f + (2 * vc), ref cell);
                    Store(a3, ref br, b.IsEmpty, relu, f + (3 * vc), ref cell);
                }

                for (; f + vc <= filters; f += vc)
                {
                    Vector<T> a0 = Vector<T>.Zero;
                    for (int t = 0; t < taps; t++)
                    {
                        a0 += new Vector<T>(Unsafe.Add(ref xr, xOffsets[t])) * Vector.LoadUnsafe(ref Unsafe.Add(ref wr, wOffsets[t] + f));
                    }

                    Store(a0, ref br, b.IsEmpty, relu, f, ref cell);
                }

                for (; f < filters; f++)
                {
                    T acc = T.Zero;
                    for (int t = 0; t < taps; t++)
                    {
                        acc += Unsafe.Add(ref xr, xOffsets[t]) * Unsafe.Add(ref wr, wOffsets[t] + f);
                    }

                    acc = b.IsEmpty ? acc : acc + Unsafe.Add(ref br, f);
                    Unsafe.Add(ref cell, f) = relu && !(acc > T.Zero) ? T.Zero : acc;
                }
            }
        }
    }

    /// <summary>cell[f..] = f(acc + b[f..]) for one vector of filters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(Vector<T> acc, ref T br, bool noBias, bool relu, int f, ref T cell)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!noBias)
        {
            acc += Vector.LoadUnsafe(ref Unsafe.Add(ref br, f));
        }

        if (relu)
        {
            acc = Vector.ConditionalSelect(Vector.GreaterThan(acc, Vector<T>.Zero), acc, Vector<T>.Zero);
        }

        acc.StoreUnsafe(ref Unsafe.Add(ref cell, f));
    }
}
