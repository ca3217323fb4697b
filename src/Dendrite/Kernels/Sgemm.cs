// Sgemm: the packed float32 GEMM, C = op(A) · op(B) (+ C), in the Goto/BLIS loop structure:
//   for jc in steps of NC:                       columns of C (B panel in L3)
//     for pc in steps of KC:                     depth; pack B[pc.., jc..] into NR-wide slivers
//       for ic in steps of MC:                   rows of C; pack the A block (MC × KC, in L2)
//         for jr in steps of NR:                 B sliver stays in L1
//           for ir in steps of MR:               micro-kernel: MR × NR tile of C in registers
// Every C element is, for pc = 0, KC, 2·KC, ..: C ← C + (Σ_{p in block, increasing} a·b summed from zero),
// or C ← that block sum for the first block when not accumulating. KC is a constant and the split of the
// work between threads only decides who computes a tile, never how, so the result is bit-identical for
// any thread count (it differs between kernels, whose FMA widths differ).
// Threads: products of at least ParallelThreshold multiply-adds run on Engine.Threads workers through one
// WorkerPool.Run (the caller is one of them; no nested parallelism), as an ordered list of items that the workers take
// from a shared counter (SgemmJob), so a worker whose core runs slower takes fewer items. Per (jc, pc) step, split one
// of two ways (ColumnSplit):
//   columns: the workers pack one shared A panel (all m rows, double-buffered); each compute item is a group of B slivers,
//            which its worker packs into its own buffer and runs against every row block (products with m ≤ 4n and
//            ≥ 2 slivers per worker);
//   rows:    the workers pack one shared, double-buffered B panel; each compute item is a row block (tall products, e.g.
//            the im2col products of convolutions). Buffers: the panels and each worker's A block or B group
// come from ArrayPool and are aligned to 64 bytes inside the pinned arrays, and the job is cached per
// calling thread, so steady-state single-threaded calls allocate nothing, parallel ones too.
// Products with up to SgemmRows.MaxRows (4) rows of op(A) and an untransposed B skip packing (SgemmRows, same rounding).
// Narrow products (compute items of at most RowsMaxColumns columns) with an untransposed A skip packing A where the kernel
// can read its rows in place (ReadsRows, MacroRows; the AVX2 kernel): then for each L2-sized chunk of B slivers, for ir,
// for jr — the MR rows stay in L1 while the chunk streams from L2. Same tiles, same rounding.
using System.Buffers;
using System.Runtime.CompilerServices;
using Dendrite.Tensors;

namespace Dendrite.Kernels;

/// <summary>Packed, cache-blocked float32 GEMM over the register-tiled micro-kernels.</summary>
internal static unsafe partial class Sgemm
{
    /// <summary>Multiply-adds (m·n·k) from which the product is split across threads (128³).</summary>
    /// <remarks>
    /// Measured on the 2-core AMD EPYC (AVX2) with bench/Dendrite.Benchmarks `quick`: square n = 96 ran at 52 GFLOP/s on
    /// 1 thread vs 43 on 2, n = 112 at 51 vs 50, n = 128 at 40–47 vs 52–74 (Parallel.For costs ≈ 10–20 µs).
    /// </remarks>
    internal const long ParallelThreshold = 1L << 21;

    private const int MaxTile = 12 * 32;

    /// <summary>The micro-kernel this machine uses: AVX-512F, else AVX2+FMA, else portable Vector128.</summary>
    public static string KernelName =>
        GemmAvx512Kernel12x32.IsSupported ? nameof(GemmAvx512Kernel12x32) :
        GemmAvx2Kernel6x16.IsSupported ? nameof(GemmAvx2Kernel6x16) : nameof(GemmVector128Kernel4x8);

    /// <summary>c = op(a) · op(b) (+ c) with the best kernel of this machine; m, n, k &gt; 0 and spans checked by the caller.</summary>
    public static void Multiply(bool transA, bool transB, int m, int n, int k, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, bool accumulate, int threads)
    {
        if (SgemmRows.Applies(transB, m))
        {
            fixed (float* pa = a, pb = b, pc = c)
            {
                SgemmRows.Multiply(transA, m, n, k, pa, pb, pc, accumulate);
            }

            return;
        }

        if (GemmAvx512Kernel12x32.IsSupported)
        {
            Multiply<GemmAvx512Kernel12x32>(transA, transB, m, n, k, a, b, c, accumulate, threads);
        }
        else if (GemmAvx2Kernel6x16.IsSupported)
        {
            Multiply<GemmAvx2Kernel6x16>(transA, transB, m, n, k, a, b, c, accumulate, threads);
        }
        else
        {
            Multiply<GemmVector128Kernel4x8>(transA, transB, m, n, k, a, b, c, accumulate, threads);
        }
    }

    /// <summary>c = op(a) · op(b) (+ c) with the micro-kernel <typeparamref name="TKernel"/>; m, n, k &gt; 0 and spans checked by the caller.</summary>
    public static void Multiply<TKernel>(bool transA, bool transB, int m, int n, int k, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, bool accumulate, int threads)
        where TKernel : ISgemmKernel
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        // Inside another parallel job (ParallelPredict's row ranges) the product gets no helpers: plan it for one worker.
        int workers = threads > 1 && (long)m * n * k >= ParallelThreshold && !WorkerPool.IsBusy ? threads : 1;
        int nc = Math.Min(SgemmBlocking.NC(), RoundUp(n, nr));
        int kcMax = SgemmBlocking.DepthBlock(k);

        // Row blocks: at most MC rows. In a row split, also a multiple of the worker count so the threads get equal shares;
        // in a column split every compute item runs every row block on its own group of columns.
        bool columns = workers > 1 && ColumnSplit(m, n, nc, nr, workers);
        int icBlocks = CeilDiv(m, SgemmBlocking.MC(mr));
        if (!columns)
        {
            icBlocks = Math.Min(RoundUp(icBlocks, workers), CeilDiv(m, mr));
        }

        int mc = RoundUp(CeilDiv(m, icBlocks), mr);
        icBlocks = CeilDiv(m, mc);
        int groups = columns ? Math.Min(CeilDiv(nc, nr), ColumnGroupsPerWorker * workers) : icBlocks >= workers ? 1 : CeilDiv(workers, icBlocks);

        // Two panel buffers, double-buffered: of B (nc columns) for the row split, of A (all m rows) for the column split.
        int panel = RoundUp((kcMax * (columns ? RoundUp(m, mr) : nc)) + 16, 16);
        float[] panels = ArrayPool<float>.Shared.Rent(2 * panel);
        try
        {
            fixed (float* pa = a, pb = b, pc = c, pBuffer = panels)
            {
                SgemmJob<TKernel>.Create(pa, pb, pc, Align64(pBuffer), Align64(pBuffer + panel), transA, transB, m, n, k, mc, nc, icBlocks, groups, workers, accumulate, columns).Run();
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(panels);
        }
    }

    /// <summary>C[i0.., j0..] block of rows mc: for B slivers [s0, s1) and every A sliver, run the micro-kernel.</summary>
    [SkipLocalsInit]
    internal static void Macro<TKernel>(float* aPack, float* bPack, int mc, int kc, int s0, int s1, int nc, float* cBlock, int ldc, bool add)
        where TKernel : ISgemmKernel
    {
        int mr = TKernel.MR, nr = TKernel.NR;
        float* tile = stackalloc float[MaxTile];
        for (int s = s0; s < s1; s++)
        {
            float* bs = bPack + ((nint)s * kc * nr);
            int j = s * nr;
            int cols = Math.Min(nr, nc - j);
            for (int ir = 0; ir < mc; ir += mr)
            {
                float* aSliver = aPack + ((nint)ir * kc);
                float* cc = cBlock + ((nint)ir * ldc) + j;
                int rows = Math.Min(mr, mc - ir);
                if (rows == mr && cols == nr)
                {
                    TKernel.Run(kc, aSliver, bs, cc, ldc, add);
                }
                else
                {
                    TKernel.Run(kc, aSliver, bs, tile, nr, false);
                    StoreTile(tile, nr, cc, ldc, rows, cols, add);
                }
            }
        }
    }

    /// <summary>The rows × cols corner of an edge tile (row stride nr) written to C, or added to it.</summary>
    private static void StoreTile(float* tile, int nr, float* c, int ldc, int rows, int cols, bool add)
    {
        for (int r = 0; r < rows; r++)
        {
            float* cr = c + ((nint)r * ldc);
            float* tr = tile + (r * nr);
            for (int j = 0; j < cols; j++)
            {
                cr[j] = add ? cr[j] + tr[j] : tr[j];
            }
        }
    }

    /// <summary>Widest column range (in floats) reading one packed A block for which the kernel reads op(A) unpacked instead.</summary>
    /// <remarks>
    /// Packing an A block costs about as much as one pass of the kernel over it, and the packed block is reused for every B sliver of
    /// the item, so it pays off on wide items and not on narrow ones. Paired in-process alternation on the 2-core Zen 3 (speed
    /// ratio unpacked / packed, median of 20–30 pairs, wins), one thread unless noted: columns 16 (30 × 16 · b32, tabular)
    /// 1.159 (30/30); 64 (25,088 × 27 · 27 × 64, an im2col product, 2 threads) 1.069 (19/20); 128 (512 × 256 · 256 × 128) 1.040
    /// (27/30); 256 (512 × 784 · 784 × 256) 1.025 (23/30); 288 (25,088 × 64 · 64 × 288, 2 threads) 1.001; 512 (n = 512) 0.990 (5/20);
    /// 1024 1.002; 2048 0.984 (2/10).
    /// </remarks>
    internal const int RowsMaxColumns = 256;

    /// <summary>Whether a product reads op(A) unpacked (MacroRows): the kernel can, A is not transposed, and the columns that one
    /// packed A block would serve — a row split's group of B slivers (nc / groups), a column split's whole panel (groups = 1,
    /// its A panel serving every group) — span at most <see cref="RowsMaxColumns"/>.</summary>
    internal static bool ReadsRows<TKernel>(bool transA, int nc, int groups)
        where TKernel : ISgemmKernel =>
        TKernel.ReadsRows && !transA && CeilDiv(CeilDiv(nc, TKernel.NR), groups) * TKernel.NR <= RowsMaxColumns;

    /// <summary>C[i0.., j0..] block of rows mc from unpacked rows of op(A) (a at row i0, depth p0; row stride lda): for each chunk
    /// of B slivers [s0, s1) that fits half the L2, every MR rows, then every sliver of the chunk (TKernel.RunRows); a last
    /// partial sliver of fewer than MR rows comes packed in <paramref name="aEdge"/> (PackA of those rows) and runs Run.</summary>
    /// <remarks>
    /// Rows outer, slivers inner: the MR rows being read stay in L1 while the chunk's B slivers stream from L2 — the other order
    /// would re-read six scattered rows from L2 for every sliver (measured in GemmAvx2Kernel6x16.RunRows).
    /// </remarks>
    [SkipLocalsInit]
    internal static void MacroRows<TKernel>(float* a, nint lda, float* aEdge, float* bPack, int mc, int kc, int s0, int s1, int nc, float* cBlock, int ldc, bool add)
        where TKernel : ISgemmKernel
    {
        int mr = TKernel.MR, nr = TKernel.NR, chunk = SgemmBlocking.RowsChunk(kc, nr);
        float* tile = stackalloc float[MaxTile];
        for (int c0 = s0; c0 < s1; c0 += chunk)
        {
            int c1 = Math.Min(s1, c0 + chunk);
            for (int ir = 0; ir < mc; ir += mr)
            {
                float* rows = a + (ir * lda);
                int height = Math.Min(mr, mc - ir);
                for (int s = c0; s < c1; s++)
                {
                    float* bs = bPack + ((nint)s * kc * nr);
                    int j = s * nr, cols = Math.Min(nr, nc - j);
                    float* cc = cBlock + ((nint)ir * ldc) + j;
                    if (height == mr && cols == nr)
                    {
                        TKernel.RunRows(kc, rows, lda, bs, cc, ldc, add);
                        continue;
                    }

                    if (height == mr)
                    {
                        TKernel.RunRows(kc, rows, lda, bs, tile, nr, false);
                    }
                    else
                    {
                        TKernel.Run(kc, aEdge, bs, tile, nr, false);
                    }

                    StoreTile(tile, nr, cc, ldc, height, cols, add);
                }
            }
        }
    }

    /// <summary>Compute items per worker and (jc, pc) step of a column split (fewer when the panel has fewer B slivers):
    /// enough that a worker running slower than the others takes fewer of them.</summary>
    /// <remarks>
    /// Paired in-process alternation on the 2-core Zen 3 (2 threads; speed ratio against 8 per worker, median of 50 pairs,
    /// wins): 4 per worker — mnist forward 128 × 256 × 784 1.059 (46/50), n = 512 1.046 (41/50), n = 2048 1.008 (28/50),
    /// mnist dW 784 × 256 × 128 (Aᵀ) 0.988 (20/50); 2 per worker was no better (1.084, 1.056, 0.993, 0.996) and leaves
    /// less to rebalance when one core slows down. Fewer items mean fewer waits and longer runs of the packed A per item.
    /// </remarks>
    internal const int ColumnGroupsPerWorker = 4;

    /// <summary>Rows × depth of the largest A panel a column split packs whole (two of them, double-buffered: 2 × 8 MB).</summary>
    internal const int ColumnPanelFloats = 1 << 21;

    /// <summary>Whether a parallel product splits its columns between the workers (they share one packed A panel of all m
    /// rows per depth step; each packs the B slivers of the column groups it takes) rather than its rows (they share each
    /// packed B panel): when the panel has at least two B slivers per worker, op(A) has at most 4 × as many rows as C has
    /// columns, and the A panel stays within ColumnPanelFloats.</summary>
    /// <remarks>
    /// Sharing a B panel moves half of it from one core's cache to the other's at every depth step, and the panel buffer's
    /// lines back again when it is repacked; sharing the A panel moves half of A instead, once per depth step. Measured
    /// with bench/Dendrite.Benchmarks `quick` on the 2-core Zen 5 EPYC (AVX-512), 2 threads, GFLOP/s rows → columns (then
    /// a fixed share of the columns per worker, each packing all of A):
    /// n = 512 / 1024 319–329 → 351–359 / 316–322 → 355–359; 2048 319–331 → 321–328; mnist dW (784 × 256 × 128, m = 3.1 n)
    /// 266 → 342–349; mnist dX (128 × 784 × 256) 196–197 → 319–324; wide forward (256 × 1024 × 1024) 270–276 → 322–345;
    /// and for the tall products of a convolution through im2col (m = 25,088, n = 64 or 288; m = 288, n = 64 with two
    /// slivers) the row split stays faster: 210–245 / 319–355 / 153–166 against 158–160 / 284–296 / 123–134.
    /// </remarks>
    internal static bool ColumnSplit(int m, int n, int nc, int nr, int workers) =>
        CeilDiv(Math.Min(n, nc), nr) >= 2 * workers && m <= 4L * n && (long)RoundUp(m, 16) * SgemmBlocking.KC <= ColumnPanelFloats;

    internal static int CeilDiv(int x, int y) => (x + y - 1) / y;

    internal static int RoundUp(int x, int multiple) => CeilDiv(x, multiple) * multiple;

    internal static float* Align64(float* p) => (float*)(((nint)p + 63) & ~(nint)63);
}
