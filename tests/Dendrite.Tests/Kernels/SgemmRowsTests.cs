using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>The unpacked few-rows GEMM (SgemmRows) against the packed GEMM of this machine and a double reference.</summary>
[Collection(EngineThreadsCollection.Name)]
public unsafe class SgemmRowsTests
{
    [IsaFact(Isa.Avx2Fma)]
    public void Applies_OnlyToAFewRowsOfAnUntransposedB()
    {
        Assert.True(SgemmRows.Applies(transB: false, 1));
        Assert.True(SgemmRows.Applies(transB: false, SgemmRows.MaxRows));
        Assert.False(SgemmRows.Applies(transB: false, SgemmRows.MaxRows + 1));
        Assert.False(SgemmRows.Applies(transB: true, 1));
    }

    [IsaTheory(Isa.Avx2Fma)]
    [InlineData(false)]
    [InlineData(true)]
    public void Multiply_IsBitIdenticalToThePackedKernelAndCloseToTheReference(bool vector512)
    {
        // Column counts: under one vector, vector tails, one and several 64-column groups with ragged ends, and 256-column
        // chunks followed by a 128-, a 64-column group and tails (the 16-wide groups, in software where AVX-512 does not
        // exist); depths: one KC block, exactly KC, and three blocks with a ragged last one (KC = 256).
        var rng = new RandomGenerator(11);
        foreach (int n in new[] { 1, 7, 8, 13, 64, 77, 200, 256, 300, 461, 520 })
        {
            foreach (int k in new[] { 1, 5, 256, 600 })
            {
                foreach ((int m, bool transA, bool accumulate) in new[] { (1, false, false), (2, false, true), (2, true, false), (1, true, true), (3, false, false), (4, true, true), (SgemmRows.MaxRows, false, true) })
                {
                    float[] a = KernelTestData.Uniform<float>(rng, m * k), b = KernelTestData.Uniform<float>(rng, k * n);
                    float[] start = KernelTestData.Uniform<float>(rng, m * n);
                    float[] rows = (float[])start.Clone(), packed = (float[])start.Clone();
                    fixed (float* pa = a, pb = b, pc = rows)
                    {
                        SgemmRows.Multiply(transA, m, n, k, pa, pb, pc, accumulate, vector512);
                    }

                    Packed(transA, m, n, k, a, b, packed, accumulate);

                    Assert.True(rows.AsSpan().SequenceEqual(packed), $"m={m} n={n} k={k} transA={transA} accumulate={accumulate} vector512={vector512}: differs from the packed GEMM");
                    for (int i = 0; i < m; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            double expected = accumulate ? start[(i * n) + j] : 0;
                            for (int p = 0; p < k; p++)
                            {
                                expected += (double)a[transA ? (p * m) + i : (i * k) + p] * b[(p * n) + j];
                            }

                            Assert.True(Math.Abs(rows[(i * n) + j] - expected) <= 1e-4 * (1 + Math.Sqrt(k)), $"m={m} n={n} k={k} [{i},{j}]: {rows[(i * n) + j]} vs {expected}");
                        }
                    }
                }
            }
        }
    }

    [IsaFact(Isa.Avx2Fma)]
    public void DenseOnOneRow_MatchesTheSameRowInABatch()
    {
        // Gemm.Multiply routes one row through SgemmRows and 64 rows through the packed kernels: the rows agree bit for bit,
        // so Predict on one sample equals that sample's row of a batched Predict.
        var rng = new RandomGenerator(3);
        const int M = 64, N = 300, K = 784;
        float[] a = KernelTestData.Uniform<float>(rng, M * K), b = KernelTestData.Uniform<float>(rng, K * N);
        float[] batch = new float[M * N], row = new float[N];
        Gemm.Multiply(false, false, M, N, K, a, b, batch);
        Gemm.Multiply(false, false, 1, N, K, a.AsSpan(17 * K, K), b, row);
        Assert.True(row.AsSpan().SequenceEqual(batch.AsSpan(17 * N, N)));
    }

    [IsaTheory(Isa.Avx2Fma)]
    [InlineData(false)]
    [InlineData(true)]
    public void ColumnSplitAcrossThreads_IsBitIdenticalForEveryThreadCount(bool vector512)
    {
        // k·n ≥ 2¹⁶, one depth block and at least two 64-column groups: the columns are shared between the workers (whole
        // groups, the last worker also takes the ragged end), which must not change a single bit.
        var rng = new RandomGenerator(8);
        const int K = 200, N = 461;
        float[] a = KernelTestData.Uniform<float>(rng, 2 * K), b = KernelTestData.Uniform<float>(rng, K * N);
        float[] one = Run(1), two = Run(2), three = Run(3);
        Assert.True(one.AsSpan().SequenceEqual(two));
        Assert.True(one.AsSpan().SequenceEqual(three));

        float[] Run(int threads) => WithThreads(threads, () => Multiply(2, N, K, a, b, new float[2 * N], accumulate: false, vector512));
    }

    [IsaTheory(Isa.Avx2Fma)]
    [InlineData(false)]
    [InlineData(true)]
    public void DepthSplitAcrossThreads_IsBitIdenticalToOneThreadAndThePackedKernel(bool vector512)
    {
        // k·n ≥ 2¹⁶ with several depth blocks (784 = 4 blocks of 196): each worker sums whole blocks, the later ones into
        // scratch rows the caller adds in block order, so every thread count rounds as the serial loop and the packed GEMM.
        var rng = new RandomGenerator(21);
        const int K = 784;
        foreach (int n in new[] { 256, 461 })
        {
            foreach ((int m, bool accumulate) in new[] { (1, false), (1, true), (2, true), (SgemmRows.MaxRows, false) })
            {
                float[] a = KernelTestData.Uniform<float>(rng, m * K), b = KernelTestData.Uniform<float>(rng, K * n);
                float[] start = KernelTestData.Uniform<float>(rng, m * n);
                float[] packed = (float[])start.Clone();
                Packed(false, m, n, K, a, b, packed, accumulate);

                foreach (int threads in new[] { 1, 2, 3 })
                {
                    float[] c = WithThreads(threads, () => Multiply(m, n, K, a, b, start, accumulate, vector512));
                    Assert.True(c.AsSpan().SequenceEqual(packed), $"threads={threads} m={m} n={n} accumulate={accumulate} vector512={vector512}: differs from the packed GEMM");
                }
            }
        }
    }

    [IsaFact(Isa.Avx2Fma)]
    public void DepthSplitCalledFromInsideAPoolJob_RunsSeriallyWithTheSameBits()
    {
        // Inside a pool job the pool is busy: the product runs on the calling thread, and twice at once (one per worker,
        // each with its own cached job and scratch) gives the same bits as a lone call.
        var rng = new RandomGenerator(22);
        const int K = 784, N = 256;
        float[] a = KernelTestData.Uniform<float>(rng, K), b = KernelTestData.Uniform<float>(rng, K * N), start = new float[N];
        float[] alone = WithThreads(2, () => Multiply(1, N, K, a, b, start, accumulate: false));
        var nested = new float[2][];
        WithThreads(2, () =>
        {
            WorkerPool.Run(2, i => nested[i] = Multiply(1, N, K, a, b, start, accumulate: false));
            return alone;
        });
        Assert.True(nested[0].AsSpan().SequenceEqual(alone));
        Assert.True(nested[1].AsSpan().SequenceEqual(alone));
    }

    /// <summary>c = op(a) · b (+ c) through the packed GEMM of this machine's kernel, on one thread.</summary>
    private static void Packed(bool transA, int m, int n, int k, float[] a, float[] b, float[] c, bool accumulate)
    {
        if (GemmAvx512Kernel12x32.IsSupported)
        {
            Sgemm.Multiply<GemmAvx512Kernel12x32>(transA, false, m, n, k, a, b, c, accumulate, threads: 1);
        }
        else
        {
            Sgemm.Multiply<GemmAvx2Kernel6x16>(transA, false, m, n, k, a, b, c, accumulate, threads: 1);
        }
    }

    /// <summary>c = a · b (+ start when accumulating) through SgemmRows, with this machine's column groups unless <paramref name="vector512"/> is given.</summary>
    private static float[] Multiply(int m, int n, int k, float[] a, float[] b, float[] start, bool accumulate, bool? vector512 = null)
    {
        float[] c = (float[])start.Clone();
        fixed (float* pa = a, pb = b, pc = c)
        {
            if (vector512 is bool wide)
            {
                SgemmRows.Multiply(false, m, n, k, pa, pb, pc, accumulate, wide);
            }
            else
            {
                SgemmRows.Multiply(false, m, n, k, pa, pb, pc, accumulate);
            }
        }

        return c;
    }

    private static float[] WithThreads(int threads, Func<float[]> run)
    {
        using (new EngineThreadsScope(threads))
        {
            return run();
        }
    }
}
