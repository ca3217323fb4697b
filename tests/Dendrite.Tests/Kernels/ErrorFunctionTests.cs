// (c) erf and erfc against reference values (CPython's math.erf/math.erfc, i.e. the C library's, which agree
// with Abramowitz & Stegun Table 7.1 to the digits tabulated), and the vector form against the scalar form.
using System.Runtime.Intrinsics;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

public class ErrorFunctionTests
{
    [Theory]
    [InlineData(0.1, 0.1124629160182849, 0.8875370839817152)]
    [InlineData(0.3, 0.3286267594591274, 0.6713732405408726)]
    [InlineData(0.46875, 0.49261347321793797, 0.507386526782062)]
    [InlineData(0.5, 0.5204998778130465, 0.4795001221869535)]
    [InlineData(1.0, 0.8427007929497149, 0.15729920705028513)]
    [InlineData(1.5, 0.9661051464753108, 0.033894853524689274)]
    [InlineData(2.0, 0.9953222650189527, 0.004677734981047265)]
    [InlineData(3.0, 0.9999779095030014, 2.2090496998585438e-05)]
    [InlineData(3.99, 0.9999999832607886, 1.6739211364520814e-08)]
    [InlineData(4.5, 0.9999999998033839, 1.9661604415428873e-10)]
    [InlineData(5.0, 0.9999999999984626, 1.5374597944280351e-12)]
    [InlineData(6.0, 1.0, 2.1519736712498916e-17)]
    [InlineData(10.0, 1.0, 2.088487583762545e-45)]
    [InlineData(-0.3, -0.3286267594591274, 1.3286267594591274)]
    [InlineData(-1.0, -0.8427007929497149, 1.842700792949715)]
    [InlineData(-2.5, -0.999593047982555, 1.999593047982555)]
    public void MatchesReferenceValues(double x, double erf, double erfc)
    {
        Assert.Equal(erf, ErrorFunction.Erf(x), 2e-16);
        Assert.True(Math.Abs(ErrorFunction.Erfc(x) - erfc) <= 4e-15 * erfc, $"erfc({x}) = {ErrorFunction.Erfc(x):R}, expected {erfc:R}");
    }

    [Fact]
    public void HandlesZeroInfinityAndNaN()
    {
        Assert.Equal(0.0, ErrorFunction.Erf(0.0));
        Assert.Equal(1.0, ErrorFunction.Erf(double.PositiveInfinity));
        Assert.Equal(-1.0, ErrorFunction.Erf(double.NegativeInfinity));
        Assert.Equal(0.0, ErrorFunction.Erfc(30.0));
        Assert.Equal(2.0, ErrorFunction.Erfc(double.NegativeInfinity));
        Assert.True(double.IsNaN(ErrorFunction.Erfc(double.NaN)));
    }

    [Fact]
    public void VectorFormMatchesScalarForm()
    {
        var rng = new RandomGenerator(1969);
        double[] fixedPoints = [0, -0.0, 0.46875, -0.46875, 0.4688, 4.0, -4.0, 4.0001, 26.5, 26.6, -27, double.PositiveInfinity, double.NegativeInfinity];
        var xs = new List<double>(fixedPoints);
        for (int i = 0; i < 2000; i++)
        {
            xs.Add((rng.NextDouble() - 0.5) * 16);
        }

        for (int i = 0; i + 1 < xs.Count; i += 2)
        {
            Vector128<double> r = ErrorFunction.Erfc(Vector128.Create(xs[i], xs[i + 1]));
            for (int lane = 0; lane < 2; lane++)
            {
                double expected = ErrorFunction.Erfc(xs[i + lane]);
                Assert.True(Math.Abs(r[lane] - expected) <= 1e-15 * Math.Abs(expected), $"erfc({xs[i + lane]:R}): scalar {expected:R}, vector {r[lane]:R}");
            }
        }

        Assert.True(double.IsNaN(ErrorFunction.Erfc(Vector128.Create(double.NaN))[0]));
    }
}
