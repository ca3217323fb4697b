using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>Checks run on every float32 GEMM micro-kernel tier, against a naive double-precision reference.</summary>
internal static unsafe class SgemmChecks
{
    /// <summary>Every size 1..67 in each dimension (the other two drawn from a fixed seed), every transpose, with and without accumulate.</summary>
    public static void OddSizes<TKernel>()
        where TKernel : ISgemmKernel
    {
        var rng = new RandomGenerator(5);
        for (int t = 1; t <= 67; t++)
        {
            int x = 1 + rng.NextInt(67), y = 1 + rng.NextInt(67);
            int trans = t % 4;
            bool accumulate = (t / 4) % 2 == 1;
            Check<TKernel>(trans >= 2, trans % 2 == 1, t, x, y, accumulate, threads: 1);
            Check<TKernel>(trans % 2 == 1, trans >= 2, x, t, y, !accumulate, threads: 1);
            Check<TKernel>(trans < 2, trans % 2 == 0, x, y, t, accumulate, threads: 1);
        }
    }

    /// <summary>Larger non-multiples of every block size, every transpose, accumulate and not, on one and two threads.</summary>
    public static void LargeNonMultiples<TKernel>()
        where TKernel : ISgemmKernel
    {
        foreach ((bool ta, bool tb) in new[] { (false, false), (false, true), (true, false), (true, true) })
        {
            Check<TKernel>(ta, tb, 131, 257, 97, accumulate: false, threads: 1);
            Check<TKernel>(ta, tb, 131, 257, 97, accumulate: true, threads: 2);
            Check<TKernel>(ta, tb, 300, 70, 513, accumulate: true, threads: 2); // three KC blocks, ragged last one
            Check<TKernel>(ta, tb, 70, 300, 513, accumulate: true, threads: 3); // the same, split by columns
            Check<TKernel>(ta, tb, 20, 4200, 300, accumulate: false, threads: 3); // two column panels (NC ≤ 4096), split by columns
        }
    }

    /// <summary>1, 2 and 3 threads give bit-identical results on this kernel.</summary>
    public static void ThreadCountsBitIdentical<TKernel>()
        where TKernel : ISgemmKernel
    {
        (int M, int N, int K)[] cases = [(131, 257, 97), (203, 64, 300), (31, 500, 260), (70, 300, 513), (20, 4200, 300), (600, 96, 300), (5, 2100, 200), (200, 80, 300)]; // (5, 2100, 200): one A sliver, fewer than the workers;
        // (200, 80, 300): 2 threads of the AVX2 kernel split 5 column groups, which do not divide evenly (SgemmJob.GroupOf)
        int nc = SgemmBlocking.NC();
        Assert.Contains(cases, c => Sgemm.ColumnSplit(c.M, c.N, nc, TKernel.NR, 2)); // both ways of splitting the work are covered
        Assert.Contains(cases, c => !Sgemm.ColumnSplit(c.M, c.N, nc, TKernel.NR, 2));
        foreach ((int m, int n, int k) in cases)
        {
            Assert.True((long)m * n * k >= Sgemm.ParallelThreshold, "the case must take the parallel path");
            var rng = new RandomGenerator(77);
            float[] a = KernelTestData.Uniform<float>(rng, m * k), b = KernelTestData.Uniform<float>(rng, k * n);
            float[] one = Run(1), two = Run(2), three = Run(3);
            Assert.True(one.AsSpan().SequenceEqual(two), $"{typeof(TKernel).Name} {m}×{n}×{k}: 1 and 2 threads differ");
            Assert.True(one.AsSpan().SequenceEqual(three), $"{typeof(TKernel).Name} {m}×{n}×{k}: 1 and 3 threads differ");

            float[] Run(int threads)
            {
                var c = new float[m * n];
                Sgemm.Multiply<TKernel>(true, false, m, n, k, a, b, c, accumulate: false, threads);
                return c;
            }
        }
    }

    /// <summary>Products where the kernel reads op(A) unpacked (Sgemm.ReadsRows: row and column splits, a last partial sliver of
    /// rows, 1–3 threads) give the bits of the same products through packed A (the stored Aᵀ with transA, which always packs).</summary>
    public static void UnpackedRowsMatchPacked<TKernel>()
        where TKernel : ISgemmKernel
    {
        Assert.True(TKernel.ReadsRows, $"{typeof(TKernel).Name} does not read unpacked rows");
        (int M, int N, int K, int Threads)[] cases = [(203, 64, 300, 2), (203, 64, 300, 3), (1000, 100, 130, 2), (97, 256, 784, 2), (97, 256, 784, 1), (31, 16, 30, 1), (601, 10, 128, 2), (50, 300, 70, 2)];
        int nc = SgemmBlocking.NC();
        Assert.Contains(cases, c => c.Threads > 1 && Sgemm.ColumnSplit(c.M, c.N, nc, TKernel.NR, c.Threads) && c.N <= Sgemm.RowsMaxColumns && c.M % TKernel.MR != 0);
        Assert.Contains(cases, c => c.Threads > 1 && !Sgemm.ColumnSplit(c.M, c.N, nc, TKernel.NR, c.Threads) && (long)c.M * c.N * c.K >= Sgemm.ParallelThreshold && c.M % TKernel.MR != 0);
        foreach ((int m, int n, int k, int threads) in cases)
        {
            var rng = new RandomGenerator(41);
            float[] a = KernelTestData.Uniform<float>(rng, m * k), b = KernelTestData.Uniform<float>(rng, k * n), start = KernelTestData.Uniform<float>(rng, m * n);
            var aT = new float[k * m];
            Gemm.Transpose<float>(a, m, k, aT);

            foreach (bool accumulate in new[] { false, true })
            {
                float[] rows = (float[])start.Clone(), packed = (float[])start.Clone();
                Sgemm.Multiply<TKernel>(false, false, m, n, k, a, b, rows, accumulate, threads);
                Sgemm.Multiply<TKernel>(true, false, m, n, k, aT, b, packed, accumulate, threads);
                Assert.True(rows.AsSpan().SequenceEqual(packed), $"{typeof(TKernel).Name} {m}×{n}×{k} threads={threads} accumulate={accumulate}: unpacked and packed A differ");
            }
        }
    }

    /// <summary>The micro-kernel alone on hand-packed slivers: its MR × NR tile, overwrite and add, and nothing written outside the tile.</summary>
    public static void MicroKernel<TKernel>()
        where TKernel : ISgemmKernel
    {
        int mr = TKernel.MR, nr = TKernel.NR, ldc = nr + 3;
        var rng = new RandomGenerator(9);
        foreach (int kc in new[] { 1, 2, 7, 64, 256 })
        {
            foreach (bool add in new[] { false, true })
            {
                float[] a = KernelTestData.Uniform<float>(rng, (kc * mr) + 16), b = KernelTestData.Uniform<float>(rng, (kc * nr) + 16);
                float[] c = KernelTestData.Uniform<float>(rng, (mr + 2) * ldc), c0 = (float[])c.Clone();
                fixed (float* pa = a, pb = b, pc = c)
                {
                    // The kernel reads 64-byte aligned slivers; copy into an aligned spot of the same arrays.
                    float* aa = Sgemm.Align64(pa), ba = Sgemm.Align64(pb);
                    new Span<float>(pa, kc * mr).CopyTo(new Span<float>(aa, kc * mr));
                    new Span<float>(pb, kc * nr).CopyTo(new Span<float>(ba, kc * nr));
                    long aOff = aa - pa, bOff = ba - pb;
                    TKernel.Run(kc, aa, ba, pc + ldc + 1, ldc, add);
                    for (int row = 0; row < mr + 2; row++)
                    {
                        for (int col = 0; col < ldc; col++)
                        {
                            int i = row - 1, j = col - 1;
                            float got = c[(row * ldc) + col];
                            if (i < 0 || i >= mr || j < 0 || j >= nr)
                            {
                                Assert.Equal(c0[(row * ldc) + col], got); // outside the tile: untouched
                                continue;
                            }

                            double expected = add ? c0[(row * ldc) + col] : 0, scale = Math.Abs(expected);
                            for (int p = 0; p < kc; p++)
                            {
                                double prod = (double)a[aOff + (p * mr) + i] * b[bOff + (p * nr) + j];
                                expected += prod;
                                scale += Math.Abs(prod);
                            }

                            AssertClose(expected, got, scale, kc, $"{typeof(TKernel).Name} kc={kc} add={add} tile[{i}, {j}]");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Compares Sgemm with the kernel against a double reference, with |error| ≤ 2·√(k+1)·ε·(|c| + Σ|a·b|).</summary>
    public static void Check<TKernel>(bool transA, bool transB, int m, int n, int k, bool accumulate, int threads)
        where TKernel : ISgemmKernel
    {
        var rng = new RandomGenerator((ulong)((m * 1_000_003) + (n * 1009) + k));
        float[] a = KernelTestData.Uniform<float>(rng, m * k), b = KernelTestData.Uniform<float>(rng, k * n);
        float[] c = accumulate ? KernelTestData.Uniform<float>(rng, m * n) : Enumerable.Repeat(7f, m * n).ToArray();
        float[] c0 = (float[])c.Clone();
        Sgemm.Multiply<TKernel>(transA, transB, m, n, k, a, b, c, accumulate, threads);
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double expected = accumulate ? c0[(i * n) + j] : 0, scale = Math.Abs(expected);
                for (int p = 0; p < k; p++)
                {
                    double prod = (double)(transA ? a[(p * m) + i] : a[(i * k) + p]) * (transB ? b[(j * k) + p] : b[(p * n) + j]);
                    expected += prod;
                    scale += Math.Abs(prod);
                }

                AssertClose(expected, c[(i * n) + j], scale, k, $"{typeof(TKernel).Name} transA={transA} transB={transB} {m}×{n}×{k} accumulate={accumulate} threads={threads}: C[{i}, {j}]");
            }
        }
    }

    private static void AssertClose(double expected, float got, double scale, int k, string what)
    {
        double bound = 2 * Math.Sqrt(k + 1) * Math.ScaleB(1, -23) * scale;
        if (!(Math.Abs(got - expected) <= bound))
        {
            Assert.Fail($"{what} = {got}, reference {expected}, |error| {Math.Abs(got - expected):G3} > {bound:G3}");
        }
    }
}
