// im2col / col2im over channels-last data (geometry in ConvGeometry.cs). Work is split by output lines:
// line r = (sample b, output row oy), r = b·outH + oy, covering im2col rows r·outW … r·outW + outW − 1.
//   im2col:  cols[(r·outW + ox), (ky, kx, c)] = x[b, iy, ix, c], or 0 where (iy, ix) is padding
//   col2im:  x[b, iy, ix, c] += cols[(r·outW + ox), (ky, kx, c)] for every (iy, ix) inside the input
// col2im is the adjoint of im2col (⟨im2col(x), C⟩ = ⟨x, col2im(C)⟩), which makes it both the convolution's
// input gradient and the transposed convolution's forward pass. With stride 1 and dilation 1 a kernel row
// inside the input is one contiguous run of kernelW · channels elements, copied (or added) at once.
// The parallel forms split the lines over Engine.Threads (ParallelRanges): im2col rows are disjoint for any split;
// col2im lines of one sample add into overlapping input rows, so col2im is split by whole samples. Each element is
// written by one thread in the same order either way, so results do not depend on the thread count.
using System.Numerics;

namespace Dendrite.Kernels;

/// <summary>Patch extraction (im2col) and its adjoint (col2im) for 2-D windows.</summary>
internal static unsafe class Im2Col
{
    /// <summary><see cref="Gather"/> with the lines split across <see cref="Tensors.Engine.Threads"/>.</summary>
    public static void GatherParallel<T>(in ConvGeometry g, ReadOnlySpan<T> x, int line0, int line1, Span<T> cols)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        int rowSize = g.OutW * g.PatchSize;
        fixed (T* px = x, pc = cols)
        {
            (nint ix, nint ic, int xl, int cl) = ((nint)px, (nint)pc, x.Length, cols.Length);
            ParallelRanges.For(line1 - line0, rowSize, (a, b) =>
                Gather(geometry, new ReadOnlySpan<T>((T*)ix, xl), line0 + a, line0 + b, new Span<T>((T*)ic, cl).Slice(a * rowSize, (b - a) * rowSize)));
        }
    }

    /// <summary><see cref="Scatter"/> with whole samples split across <see cref="Tensors.Engine.Threads"/> (dx must start at zero or hold what to add to).</summary>
    public static void ScatterParallel<T>(in ConvGeometry g, ReadOnlySpan<T> cols, int line0, int line1, Span<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ConvGeometry geometry = g;
        int rowSize = g.OutW * g.PatchSize, s0 = line0 / g.OutH, s1 = (line1 + g.OutH - 1) / g.OutH;
        fixed (T* px = x, pc = cols)
        {
            (nint ix, nint ic, int xl, int cl) = ((nint)px, (nint)pc, x.Length, cols.Length);
            ParallelRanges.For(s1 - s0, geometry.OutH * rowSize, (a, b) =>
            {
                int la = Math.Max(line0, (s0 + a) * geometry.OutH), lb = Math.Min(line1, (s0 + b) * geometry.OutH);
                Scatter(geometry, new ReadOnlySpan<T>((T*)ic, cl).Slice((la - line0) * rowSize, (lb - la) * rowSize), la, lb, new Span<T>((T*)ix, xl));
            });
        }
    }

    /// <summary>Writes the patches of output lines [<paramref name="line0"/>, <paramref name="line1"/>) into <paramref name="cols"/> ((line1 − line0)·outW × patchSize).</summary>
    public static void Gather<T>(in ConvGeometry g, ReadOnlySpan<T> x, int line0, int line1, Span<T> cols)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int k = g.PatchSize, c = g.Channels, runW = g.KernelW * c;
        bool contiguous = g.StrideW == 1 && g.DilationW == 1;
        int row = 0;
        for (int r = line0; r < line1; r++)
        {
            int b = r / g.OutH, oy = r % g.OutH;
            ReadOnlySpan<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            for (int ox = 0; ox < g.OutW; ox++, row++)
            {
                Span<T> patch = cols.Slice(row * k, k);
                int ix0 = (ox * g.StrideW) - g.PadLeft;
                for (int ky = 0; ky < g.KernelH; ky++)
                {
                    Span<T> run = patch.Slice(ky * runW, runW);
                    int iy = (oy * g.StrideH) - g.PadTop + (ky * g.DilationH);
                    if ((uint)iy >= (uint)g.InH)
                    {
                        run.Clear();
                        continue;
                    }

                    int lineStart = iy * g.InW * c;
                    if (contiguous && ix0 >= 0 && ix0 + g.KernelW <= g.InW)
                    {
                        sample.Slice(lineStart + (ix0 * c), runW).CopyTo(run);
                        continue;
                    }

                    for (int kx = 0; kx < g.KernelW; kx++)
                    {
                        int ix = ix0 + (kx * g.DilationW);
                        Span<T> cell = run.Slice(kx * c, c);
                        if ((uint)ix >= (uint)g.InW)
                        {
                            cell.Clear();
                        }
                        else
                        {
                            sample.Slice(lineStart + (ix * c), c).CopyTo(cell);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Adds the patches of output lines [<paramref name="line0"/>, <paramref name="line1"/>) in <paramref name="cols"/> back into <paramref name="x"/> (the adjoint of <see cref="Gather"/>).</summary>
    public static void Scatter<T>(in ConvGeometry g, ReadOnlySpan<T> cols, int line0, int line1, Span<T> x)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int k = g.PatchSize, c = g.Channels, runW = g.KernelW * c;
        bool contiguous = g.StrideW == 1 && g.DilationW == 1;
        int row = 0;
        for (int r = line0; r < line1; r++)
        {
            int b = r / g.OutH, oy = r % g.OutH;
            Span<T> sample = x.Slice(b * g.InputSize, g.InputSize);
            for (int ox = 0; ox < g.OutW; ox++, row++)
            {
                ReadOnlySpan<T> patch = cols.Slice(row * k, k);
                int ix0 = (ox * g.StrideW) - g.PadLeft;
                for (int ky = 0; ky < g.KernelH; ky++)
                {
                    int iy = (oy * g.StrideH) - g.PadTop + (ky * g.DilationH);
                    if ((uint)iy >= (uint)g.InH)
                    {
                        continue;
                    }

                    ReadOnlySpan<T> run = patch.Slice(ky * runW, runW);
                    int lineStart = iy * g.InW * c;
                    if (contiguous && ix0 >= 0 && ix0 + g.KernelW <= g.InW)
                    {
                        Span<T> target = sample.Slice(lineStart + (ix0 * c), runW);
                        TensorPrimitives.Add(target, run, target);
                        continue;
                    }

                    for (int kx = 0; kx < g.KernelW; kx++)
                    {
                        int ix = ix0 + (kx * g.DilationW);
                        if ((uint)ix < (uint)g.InW)
                        {
                            Span<T> target = sample.Slice(lineStart + (ix * c), c);
                            TensorPrimitives.Add(target, run.Slice(kx * c, c), target);
                        }
                    }
                }
            }
        }
    }
}
