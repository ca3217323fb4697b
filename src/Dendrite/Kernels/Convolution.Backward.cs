// The convolution's backward pass (maths in Convolution.cs):
//   dz = dy ⊙ f'(y)   and   db = Σ_rows dz        one pass over groups of SamplesPerGroup samples: each group's
//                                                  rows summed from zero in order, then the groups added in order
//   dW = im2col(x)ᵀ · dz   (chunked GEMM)
//   dx += col2im(dz · Wᵀ)
// The grouping is fixed, so the result does not depend on the thread count.
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dendrite.Kernels;

/// <summary>The backward passes of the convolution.</summary>
internal static unsafe partial class Convolution
{
    /// <summary>Samples whose bias-gradient rows are summed together before the groups are added in order.</summary>
    public const int SamplesPerGroup = 8;

    /// <summary>db = Σ_rows dz, dw = im2col(x)ᵀ · dz, dx += col2im(dz · wᵀ); an empty destination is skipped (dx must start at zero).</summary>
    public static void Backward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int filters, ReadOnlySpan<T> dz, Span<T> dx, Span<T> dw, Span<T> db, int maxScratchElements = MaxScratchElements)
        where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
        Backward(g, batch, x, w, filters, default, dz, DenseActivation.Linear, default, dx, dw, db, maxScratchElements);

    /// <summary>
    /// dz = dy ⊙ f'(y) into <paramref name="dz"/> (unused when f is linear: dz is dy), then db, dw and dx as
    /// <see cref="Backward{T}(in ConvGeometry, int, ReadOnlySpan{T}, ReadOnlySpan{T}, int, ReadOnlySpan{T}, Span{T}, Span{T}, Span{T}, int)"/>.
    /// </summary>
    public static void Backward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int filters, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, DenseActivation activation, Span<T> dz, Span<T> dx, Span<T> dw, Span<T> db, int maxScratchElements = MaxScratchElements)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int lines = batch * g.OutH, k = g.PatchSize, m = lines * g.OutW;
        ActivationGradientAndBias(batch, g.OutH * g.OutW, filters, y, dy, activation, dz, db);
        ReadOnlySpan<T> grad = activation == DenseActivation.Linear ? dy : dz;
        if (g.IsPointwise)
        {
            DenseFused.Backward(m, filters, k, x, w, grad, default, dx, dw, default);
            return;
        }

        bool gatherForDw = !dw.IsEmpty;
        if (dx.IsEmpty && !gatherForDw)
        {
            return;
        }

        int chunk = LinesPerChunk(g, maxScratchElements);
        T[] scratch = ArrayPool<T>.Shared.Rent(Math.Max(1, Math.Min(lines, chunk) * g.OutW * k));
        try
        {
            for (int l0 = 0; l0 < lines; l0 += chunk)
            {
                int l1 = Math.Min(lines, l0 + chunk), rows = (l1 - l0) * g.OutW;
                Span<T> cols = scratch.AsSpan(0, rows * k);
                ReadOnlySpan<T> dzChunk = grad.Slice(l0 * g.OutW * filters, rows * filters);
                if (gatherForDw)
                {
                    Im2Col.GatherParallel(g, x, l0, l1, cols);
                    Gemm.Multiply(true, false, k, filters, rows, cols, dzChunk, dw, accumulate: l0 > 0);
                }

                if (!dx.IsEmpty)
                {
                    Gemm.Multiply(false, true, rows, k, filters, dzChunk, w, cols);
                    Im2Col.ScatterParallel(g, cols, l0, l1, dx);
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch);
        }
    }

    /// <summary>dz = dy ⊙ f'(y) (skipped when linear) and db = Σ_rows dz (skipped when empty), over fixed groups of samples.</summary>
    private static void ActivationGradientAndBias<T>(int batch, int rowsPerSample, int filters, ReadOnlySpan<T> y, ReadOnlySpan<T> dy, DenseActivation activation, Span<T> dz, Span<T> db)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        bool linear = activation == DenseActivation.Linear;
        if (linear && db.IsEmpty)
        {
            return;
        }

        int perGroup = SamplesPerGroup, groups = (batch + perGroup - 1) / perGroup;
        T[] partial = ArrayPool<T>.Shared.Rent(Math.Max(1, groups * filters));
        try
        {
            fixed (T* py = y, pdy = dy, pdz = dz, pp = partial)
            {
                (nint iy, nint idy, nint idz, nint ip, int yl, bool sum) = ((nint)py, (nint)pdy, (nint)pdz, (nint)pp, dy.Length, !db.IsEmpty);
                ParallelRanges.For(groups, (long)perGroup * rowsPerSample * filters, (g0, g1) =>
                {
                    for (int group = g0; group < g1; group++)
                    {
                        int start = group * perGroup * rowsPerSample * filters, end = Math.Min(batch, (group + 1) * perGroup) * rowsPerSample * filters;
                        ReadOnlySpan<T> dyPart = new ReadOnlySpan<T>((T*)idy, yl)[start..end];
                        Span<T> dzPart = linear ? default : new Span<T>((T*)idz, yl)[start..end];
                        if (!linear)
                        {
                            DenseFused.ActivationGradient(new ReadOnlySpan<T>((T*)iy, yl)[start..end], dyPart, dzPart, activation);
                        }

                        if (sum)
                        {
                            ReadOnlySpan<T> source = linear ? dyPart : dzPart;
                            Span<T> total = new Span<T>((T*)ip + ((nint)group * filters), filters);
                            SumRows(source, filters, total);
                        }
                    }
                });
            }

            if (!db.IsEmpty)
            {
                db.Slice(0, filters).Clear();
                for (int group = 0; group < groups; group++)
                {
                    TensorPrimitives.Add(db.Slice(0, filters), partial.AsSpan(group * filters, filters), db.Slice(0, filters));
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(partial);
        }
    }

    /// <summary>total = Σ rows of source (rows of <paramref name="width"/> elements, added in order from zero).</summary>
    private static void SumRows<T>(ReadOnlySpan<T> source, int width, Span<T> total)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int vc = Vector<T>.Count, f = 0;
        ref T sr = ref MemoryMarshal.GetReference(source);
        ref T tr = ref MemoryMarshal.GetReference(total);
        for (; f + vc <= width; f += vc)
        {
            Vector<T> sum = Vector<T>.Zero;
            for (int r = f; r < source.Length; r += width)
            {
                sum += Vector.LoadUnsafe(ref sr, (nuint)r);
            }

            sum.StoreUnsafe(ref tr, (nuint)f);
        }

        for (; f < width; f++)
        {
            T sum = T.Zero;
            for (int r = f; r < source.Length; r += width)
            {
                sum += Unsafe.Add(ref sr, r);
            }

            Unsafe.Add(ref tr, f) = sum;
        }
    }
}
