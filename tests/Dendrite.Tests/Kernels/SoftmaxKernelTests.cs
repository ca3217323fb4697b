using System.Numerics;
using Dendrite.Tensors;
using SoftmaxKernel = Dendrite.Kernels.Softmax;

namespace Dendrite.Tests.Kernels;

public class SoftmaxKernelTests
{
    public static TheoryData<int, int, int, bool> Views
    {
        get
        {
            var data = new TheoryData<int, int, int, bool>();
            foreach (bool log in new[] { false, true })
            {
                foreach ((int o, int n, int i) in new[] { (1, 1, 1), (1, 5, 1), (3, 10, 1), (2, 33, 1), (1, 3, 4), (2, 4, 3), (3, 1, 2), (1, 257, 1), (4, 6, 5) })
                {
                    data.Add(o, n, i, log);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Forward_MatchesNaive(int outer, int n, int inner, bool log)
    {
        Check<double>(outer, n, inner, log, 1e-13);
        Check<float>(outer, n, inner, log, 2e-6);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Backward_MatchesTheJacobian(int outer, int n, int inner, bool log)
    {
        var rng = new RandomGenerator(13);
        double[] x = KernelTestData.Uniform<double>(rng, outer * n * inner);
        double[] dy = KernelTestData.Uniform<double>(rng, x.Length);
        var y = new double[x.Length];
        var dx = new double[x.Length];
        SoftmaxKernel.Forward<double>(x, outer, n, inner, y, log);
        SoftmaxKernel.Backward<double>(y, dy, outer, n, inner, dx, log);
        float[] yf = y.Select(v => (float)v).ToArray();
        float[] dyf = dy.Select(v => (float)v).ToArray();
        var dxf = new float[x.Length];
        SoftmaxKernel.Backward<float>(yf, dyf, outer, n, inner, dxf, log);
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                double[] p = Naive(x, o, n, inner, i);
                for (int j = 0; j < n; j++)
                {
                    // dx_j = Σ_k dy_k ∂y_k/∂x_j;  softmax: ∂y_k/∂x_j = p_k(δ_kj − p_j);  log-softmax: δ_kj − p_j
                    double expected = 0;
                    for (int k = 0; k < n; k++)
                    {
                        double d = (k == j ? 1 : 0) - p[j];
                        expected += dy[At(o, k, i, n, inner)] * (log ? d : p[k] * d);
                    }

                    int ix = At(o, j, i, n, inner);
                    Assert.Equal(expected, dx[ix], 1e-12);
                    Assert.Equal(expected, dxf[ix], 2e-5);
                }
            }
        }
    }

    [Fact]
    public void Forward_HugeLogits_AreStable()
    {
        float[] x = [1000, 1001, 1002, -1000, 0, 1000];
        var y = new float[6];
        SoftmaxKernel.Forward<float>(x, 2, 3, 1, y, log: false);
        double e1 = Math.Exp(-1), e2 = Math.Exp(-2);
        Assert.Equal(e2 / (1 + e1 + e2), y[0], 1e-6);
        Assert.Equal(1 / (1 + e1 + e2), y[2], 1e-6);
        Assert.Equal([0f, 0, 1], y[3..]);

        var logY = new float[6];
        SoftmaxKernel.Forward<float>(x, 2, 3, 1, logY, log: true);
        Assert.All(logY.Take(3), v => Assert.True(float.IsFinite(v)));
        Assert.Equal(-Math.Log(1 + e1 + e2), logY[2], 1e-5);
        Assert.Equal(-2000f, logY[3], 1e-3);

        // The same along axis 0 (inner > 1): columns (1000, -1000) and (1e30, 1e30).
        float[] cols = [1000, 1e30f, -1000, 1e30f];
        var yc = new float[4];
        SoftmaxKernel.Forward<float>(cols, 1, 2, 2, yc, log: false);
        Assert.Equal([1f, 0.5f, 0f, 0.5f], yc);
    }

    [Fact]
    public void Forward_RowsSumToOne()
    {
        var rng = new RandomGenerator(21);
        float[] x = KernelTestData.Uniform<float>(rng, 4 * 50 * 3).Select(v => v * 10).ToArray();
        var y = new float[x.Length];
        SoftmaxKernel.Forward<float>(x, 4, 50, 3, y, log: false);
        for (int o = 0; o < 4; o++)
        {
            for (int i = 0; i < 3; i++)
            {
                double s = 0;
                for (int r = 0; r < 50; r++)
                {
                    s += y[At(o, r, i, 50, 3)];
                }

                Assert.Equal(1.0, s, 1e-5);
            }
        }
    }

    private static void Check<T>(int outer, int n, int inner, bool log, double tolerance)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var rng = new RandomGenerator(12);
        double[] xd = KernelTestData.Uniform<double>(rng, outer * n * inner).Select(v => v * 5).ToArray();
        T[] x = xd.Select(T.CreateChecked).ToArray();
        xd = x.Select(double.CreateChecked).ToArray();
        var y = new T[x.Length];
        SoftmaxKernel.Forward<T>(x, outer, n, inner, y, log);
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                double[] p = Naive(xd, o, n, inner, i);
                for (int j = 0; j < n; j++)
                {
                    double expected = log ? Math.Log(p[j]) : p[j];
                    double got = double.CreateChecked(y[At(o, j, i, n, inner)]);
                    Assert.True(Math.Abs(got - expected) <= tolerance * (1 + Math.Abs(expected)), $"{(log ? "log" : "")}softmax<{typeof(T).Name}> ({outer}, {n}, {inner}) at ({o}, {j}, {i}): {got}, naive {expected}");
                }
            }
        }
    }

    /// <summary>softmax of row (o, ·, i) by the textbook formula e^x / Σ e^x (inputs are small enough).</summary>
    private static double[] Naive(double[] x, int o, int n, int inner, int i)
    {
        var e = new double[n];
        for (int r = 0; r < n; r++)
        {
            e[r] = Math.Exp(x[At(o, r, i, n, inner)]);
        }

        double sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    private static int At(int o, int r, int i, int n, int inner) => (((o * n) + r) * inner) + i;
}
