using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

public class ReduceTests
{
    public static TheoryData<int, int, int> Views => new()
    {
        { 1, 1, 1 }, { 1, 5, 1 }, { 3, 7, 1 }, { 2, 33, 1 }, { 1, 257, 1 }, { 4, 3, 5 }, { 2, 1, 6 }, { 1, 100, 17 }, { 5, 2, 3 }, { 3, 0, 2 }, { 2, 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Sum_MatchesNaive(int outer, int n, int inner)
    {
        var rng = new RandomGenerator(8);
        double[] xd = KernelTestData.Uniform<double>(rng, outer * n * inner);
        float[] xf = xd.Select(v => (float)v).ToArray();
        var yd = new double[outer * inner];
        var yf = new float[outer * inner];
        Array.Fill(yd, 99);
        Array.Fill(yf, 99);
        Reduce.Sum<double>(xd, outer, n, inner, yd);
        Reduce.Sum<float>(xf, outer, n, inner, yf);
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                double expectedD = 0, expectedF = 0, scale = 0;
                for (int r = 0; r < n; r++)
                {
                    int ix = (((o * n) + r) * inner) + i;
                    expectedD += xd[ix];
                    expectedF += xf[ix];
                    scale += Math.Abs(xd[ix]);
                }

                Assert.Equal(expectedD, yd[(o * inner) + i], 1e-12 * (1 + scale));
                Assert.True(Math.Abs(yf[(o * inner) + i] - expectedF) <= 1e-6 * (1 + scale), $"float sum ({o}, {i}) = {yf[(o * inner) + i]}, naive {expectedF}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Max_MatchesNaive(int outer, int n, int inner)
    {
        if (n == 0)
        {
            Assert.Throws<ArgumentException>(() => Reduce.Max<float>(new float[0], outer, n, inner, new float[outer * inner], new int[outer * inner]));
            return;
        }

        var rng = new RandomGenerator(9);
        // Few distinct values, so ties are common and the first-max rule is exercised.
        float[] x = Enumerable.Range(0, outer * n * inner).Select(_ => (float)rng.NextInt(4)).ToArray();
        var y = new float[outer * inner];
        var arg = new int[outer * inner];
        Reduce.Max<float>(x, outer, n, inner, y, arg);
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int best = 0;
                for (int r = 1; r < n; r++)
                {
                    if (x[(((o * n) + r) * inner) + i] > x[(((o * n) + best) * inner) + i])
                    {
                        best = r;
                    }
                }

                Assert.Equal(x[(((o * n) + best) * inner) + i], y[(o * inner) + i]);
                Assert.Equal(best, arg[(o * inner) + i]);
            }
        }
    }

    [Fact]
    public void Max_TiesGoToTheFirst_NaNWins_InfinitiesOrder()
    {
        var y = new double[1];
        var arg = new int[1];
        Reduce.Max<double>([1, 3, 2, 3], 1, 4, 1, y, arg);
        Assert.Equal((3.0, 1), (y[0], arg[0]));

        Reduce.Max<double>([1, double.NaN, 5, double.NaN], 1, 4, 1, y, arg);
        Assert.True(double.IsNaN(y[0]));
        Assert.Equal(1, arg[0]);

        Reduce.Max<double>([double.NaN, 5], 1, 2, 1, y, arg);
        Assert.True(double.IsNaN(y[0]));
        Assert.Equal(0, arg[0]);

        Reduce.Max<double>([double.NegativeInfinity, double.NegativeInfinity], 1, 2, 1, y, arg);
        Assert.Equal((double.NegativeInfinity, 0), (y[0], arg[0]));

        Reduce.Max<double>([-1, double.PositiveInfinity, 7], 1, 3, 1, y, arg);
        Assert.Equal((double.PositiveInfinity, 1), (y[0], arg[0]));
    }

    [Fact]
    public void Max_AlongAxis0OfAMatrix()
    {
        // x = [[1, 9, 3], [4, 2, 3]]: column maxima along axis 0 (outer 1, n 2, inner 3).
        var y = new float[3];
        var arg = new int[3];
        Reduce.Max<float>([1, 9, 3, 4, 2, 3], 1, 2, 3, y, arg);
        Assert.Equal([4f, 9, 3], y);
        Assert.Equal([1, 0, 0], arg);
    }
}
