// Convolution through im2col + the packed GEMM, channels last (geometry in ConvGeometry.cs):
//   forward:     y = f(im2col(x) · W + b)        W: (kernelH·kernelW·channels, filters), one GEMM per chunk
//   backward:    db = Σ_rows dz,  dW = Σ_chunks im2col(x)ᵀ · dz,  dx = col2im(dz · Wᵀ)
//   transposed:  y = col2im(x · Wᵀ)  (the adjoint of the convolution; W: (kernelH·kernelW·filters, channelsIn))
//                dx = im2col(dy) · W,  dW = Σ_chunks im2col(dy)ᵀ · x
// Memory stays bounded for any batch: the patch matrix is built for a chunk of output lines at a time, at
// most MaxScratchElements elements (16 MiB of float32) unless one line alone is larger, in an ArrayPool
// buffer that is reused across calls; output chunks are contiguous row ranges of y, so the GEMM writes into
// y directly. Threads: the GEMM parallelises each chunk over Engine.Threads, and so do im2col / col2im, the
// bias and ReLU, and the backward pass's dz = dy ⊙ f'(y) with its bias sums (ParallelRanges, one after the other,
// never nested). Chunking depends on the sizes only and every parallel split gives each element one fixed
// computation, so results do not depend on the thread count. A 1×1, stride-1, unpadded convolution skips im2col
// (x is its own patch matrix); a patch of at most ConvolutionDirect.MaxPatch elements is computed directly.
// Backward pass order (Convolution.Backward.cs): db and dz in one pass over groups of samples, then dW, then dx.
// Every output (y, dz, dW, db) is fully written, so callers need not clear it; dx is accumulated into.
using System.Buffers;
using System.Numerics;
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Kernels;

/// <summary>Convolution and transposed convolution passes on channels-last spans.</summary>
internal static unsafe partial class Convolution
{
    /// <summary>The most elements of the patch matrix built at once (unless one output line needs more); the passes take a smaller limit for tests.</summary>
    public const int MaxScratchElements = 1 << 22;

    /// <summary>The number of output lines (sample, output row) per chunk.</summary>
    public static int LinesPerChunk(in ConvGeometry g, int maxScratchElements) => Math.Max(1, maxScratchElements / Math.Max(1, g.OutW * g.PatchSize));

    /// <summary>y (batch·outH·outW × filters) = f(im2col(x) · w + b).</summary>
    public static void Forward<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int filters, ReadOnlySpan<T> b, Span<T> y, DenseActivation activation, int maxScratchElements = MaxScratchElements)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int lines = batch * g.OutH, k = g.PatchSize;
        if (g.IsPointwise)
        {
            DenseFused.Forward(lines * g.OutW, filters, k, x, w, b, y, activation);
            return;
        }

        if (k <= ConvolutionDirect.MaxPatch)
        {
            ConvolutionDirect.Forward(g, batch, x, w, filters, b, y, activation);
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
                Im2Col.GatherParallel(g, x, l0, l1, cols);
                Span<T> yChunk = y.Slice(l0 * g.OutW * filters, rows * filters);
                Gemm.Multiply(false, false, rows, filters, k, cols, w, yChunk);
                BiasActivation(rows, filters, b, yChunk, activation);
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch);
        }
    }

    /// <summary>y = f(y + b) row by row, as DenseFused.Forward after its GEMM; the bias and ReLU split over rows across threads.</summary>
    private static void BiasActivation<T>(int rows, int filters, ReadOnlySpan<T> b, Span<T> y, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        bool relu = activation == DenseActivation.Relu;
        if (!b.IsEmpty || relu)
        {
            fixed (T* pb = b, py = y)
            {
                (nint ib, nint iy, int bl, int yl) = ((nint)pb, (nint)py, b.Length, y.Length);
                ParallelRanges.For(rows, filters, (r0, r1) =>
                {
                    Span<T> range = new Span<T>((T*)iy, yl).Slice(r0 * filters, (r1 - r0) * filters);
                    for (int r = 0; bl > 0 && r < r1 - r0; r++)
                    {
                        Span<T> row = range.Slice(r * filters, filters);
                        Elementwise.Map(row, new ReadOnlySpan<T>((T*)ib, bl), row, default(AddOperator));
                    }

                    if (relu)
                    {
                        Elementwise.Map(range, range, default(ReluOperator));
                    }
                });
            }
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

    /// <summary>y += col2im(x · wᵀ): the transposed convolution; x is (batch·outH·outW × channelsIn), y the geometry's input (must start at zero).</summary>
    public static void ForwardTransposed<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int channelsIn, Span<T> y, int maxScratchElements = MaxScratchElements)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int lines = batch * g.OutH, k = g.PatchSize;
        int chunk = LinesPerChunk(g, maxScratchElements);
        T[] scratch = ArrayPool<T>.Shared.Rent(Math.Max(1, Math.Min(lines, chunk) * g.OutW * k));
        try
        {
            for (int l0 = 0; l0 < lines; l0 += chunk)
            {
                int l1 = Math.Min(lines, l0 + chunk), rows = (l1 - l0) * g.OutW;
                Span<T> cols = scratch.AsSpan(0, rows * k);
                Gemm.Multiply(false, true, rows, k, channelsIn, x.Slice(l0 * g.OutW * channelsIn, rows * channelsIn), w, cols);
                Im2Col.ScatterParallel(g, cols, l0, l1, y);
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch);
        }
    }

    /// <summary>dx = im2col(dy) · w and dw = im2col(dy)ᵀ · x for the transposed convolution; an empty destination is skipped.</summary>
    public static void BackwardTransposed<T>(in ConvGeometry g, int batch, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int channelsIn, ReadOnlySpan<T> dy, Span<T> dx, Span<T> dw, int maxScratchElements = MaxScratchElements)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int lines = batch * g.OutH, k = g.PatchSize;
        int chunk = LinesPerChunk(g, maxScratchElements);
        T[] scratch = ArrayPool<T>.Shared.Rent(Math.Max(1, Math.Min(lines, chunk) * g.OutW * k));
        try
        {
            for (int l0 = 0; l0 < lines; l0 += chunk)
            {
                int l1 = Math.Min(lines, l0 + chunk), rows = (l1 - l0) * g.OutW;
                Span<T> cols = scratch.AsSpan(0, rows * k);
                Im2Col.GatherParallel(g, dy, l0, l1, cols);
                if (!dx.IsEmpty)
                {
                    Gemm.Multiply(false, false, rows, channelsIn, k, cols, w, dx.Slice(l0 * g.OutW * channelsIn, rows * channelsIn));
                }

                if (!dw.IsEmpty)
                {
                    Gemm.Multiply(true, false, k, channelsIn, rows, cols, x.Slice(l0 * g.OutW * channelsIn, rows * channelsIn), dw, accumulate: l0 > 0);
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(scratch);
        }
    }
}
