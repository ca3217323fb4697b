using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

public class GemmTests
{
    private static readonly int[] s_sizes = [1, 2, 3, 5, 7, 8, 15, 16, 17, 31, 33, 64, 67];

    public static TheoryData<bool, bool> Transposes => new() { { false, false }, { false, true }, { true, false }, { true, true } };

    [Theory]
    [MemberData(nameof(Transposes))]
    public void Multiply_AllSmallSizes_Float(bool transA, bool transB)
    {
        foreach (int m in s_sizes)
        {
            foreach (int n in s_sizes)
            {
                foreach (int k in s_sizes)
                {
                    Check<float>(transA, transB, m, n, k, accumulate: false);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Transposes))]
    public void Multiply_AllSmallSizes_Double(bool transA, bool transB)
    {
        foreach (int m in s_sizes)
        {
            foreach (int n in s_sizes)
            {
                foreach (int k in s_sizes)
                {
                    Check<double>(transA, transB, m, n, k, accumulate: false);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Transposes))]
    public void Multiply_LargeNonMultiples(bool transA, bool transB)
    {
        Check<float>(transA, transB, 129, 257, 65, accumulate: false);
        Check<double>(transA, transB, 129, 257, 65, accumulate: false);
        Check<float>(transA, transB, 5, 1030, 300, accumulate: true); // crosses the NC and KC block edges
        Check<float>(transA, transB, 70, 3, 513, accumulate: false);
    }

    [Theory]
    [MemberData(nameof(Transposes))]
    public void Multiply_Accumulate_AddsToC(bool transA, bool transB)
    {
        foreach (int size in new[] { 1, 4, 9, 17, 33 })
        {
            Check<float>(transA, transB, size, size + 2, size + 1, accumulate: true);
            Check<double>(transA, transB, size + 3, size, 2 * size, accumulate: true);
        }
    }

    [Fact]
    public void Multiply_HandValues()
    {
        // [[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[19, 22], [43, 50]]
        var c = new float[4];
        Gemm.Multiply<float>(false, false, 2, 2, 2, [1, 2, 3, 4], [5, 6, 7, 8], c);
        Assert.Equal([19f, 22, 43, 50], c);
        Gemm.Multiply<float>(true, false, 2, 2, 2, [1, 2, 3, 4], [5, 6, 7, 8], c);
        Assert.Equal([26f, 30, 38, 44], c); // Aᵀ = [[1, 3], [2, 4]]
        Gemm.Multiply<float>(false, true, 2, 2, 2, [1, 2, 3, 4], [5, 6, 7, 8], c, accumulate: true);
        Assert.Equal([26f + 17, 30 + 23, 38 + 39, 44 + 53], c); // A · Bᵀ = [[17, 23], [39, 53]]
    }

    [Fact]
    public void Multiply_EmptyDimensions()
    {
        var c = new float[6];
        Array.Fill(c, 5f);
        Gemm.Multiply<float>(false, false, 2, 3, 0, [], [], c);
        Assert.All(c, v => Assert.Equal(0f, v));
        Array.Fill(c, 5f);
        Gemm.Multiply<float>(false, false, 2, 3, 0, [], [], c, accumulate: true);
        Assert.All(c, v => Assert.Equal(5f, v));
        Gemm.Multiply<float>(false, false, 0, 3, 4, [], new float[12], []);
    }

    [Fact]
    public void Multiply_ShortSpans_Throw()
    {
        var e = Assert.Throws<ArgumentException>(() => Gemm.Multiply<float>(false, false, 2, 2, 2, new float[3], new float[4], new float[4]));
        Assert.Contains("m=2", e.Message);
        Assert.Throws<ArgumentException>(() => Gemm.Multiply<float>(false, false, 2, 2, 2, new float[4], new float[4], new float[3]));
    }

    [Fact]
    public void Transpose_MatchesIndexing()
    {
        var rng = new RandomGenerator(4);
        foreach ((int rows, int cols) in new[] { (1, 1), (1, 7), (7, 1), (31, 33), (64, 65), (70, 3) })
        {
            float[] src = KernelTestData.Uniform<float>(rng, rows * cols);
            var dst = new float[rows * cols];
            Gemm.Transpose<float>(src, rows, cols, dst);
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    Assert.Equal(src[(r * cols) + c], dst[(c * rows) + r]);
                }
            }
        }
    }

    /// <summary>Compares op(A)·op(B) (+ C) with a double-precision reference; the error bound scales with √k·ε·Σ|a||b|.</summary>
    internal static void Check<T>(bool transA, bool transB, int m, int n, int k, bool accumulate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var rng = new RandomGenerator((ulong)((m * 1_000_003) + (n * 1009) + k));
        T[] a = KernelTestData.Uniform<T>(rng, m * k);
        T[] b = KernelTestData.Uniform<T>(rng, k * n);
        T[] c = accumulate ? KernelTestData.Uniform<T>(rng, m * n) : Enumerable.Repeat(T.CreateChecked(7), m * n).ToArray();
        T[] c0 = (T[])c.Clone();
        Gemm.Multiply<T>(transA, transB, m, n, k, a, b, c, accumulate);
        double eps = typeof(T) == typeof(float) ? Math.ScaleB(1, -23) : Math.ScaleB(1, -52); // machine epsilon
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double expected = accumulate ? double.CreateChecked(c0[(i * n) + j]) : 0;
                double scale = Math.Abs(expected);
                for (int p = 0; p < k; p++)
                {
                    double ap = double.CreateChecked(transA ? a[(p * m) + i] : a[(i * k) + p]);
                    double bp = double.CreateChecked(transB ? b[(j * k) + p] : b[(p * n) + j]);
                    expected += ap * bp;
                    scale += Math.Abs(ap * bp);
                }

                double got = double.CreateChecked(c[(i * n) + j]);
                double bound = 2 * Math.Sqrt(k + 1) * eps * scale;
                if (!(Math.Abs(got - expected) <= bound))
                {
                    Assert.Fail($"GEMM<{typeof(T).Name}> transA={transA} transB={transB} m={m} n={n} k={k} accumulate={accumulate}: C[{i}, {j}] = {got}, reference {expected}, |error| {Math.Abs(got - expected):G3} > {bound:G3}");
                }
            }
        }
    }
}
