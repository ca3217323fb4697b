using Dendrite.Nn.Constraints;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Constraints;

public sealed class ConstraintTests
{
    private const double Eps = 1e-7; // Keras' backend.epsilon()

    // Columns (axis 0): (3, 4) with norm 5 and (0.5, 0) with norm 0.5; rows (axis 1): (3, 0.5) and (4, 0).
    private static Tensor W() => new(new double[] { 3, 0.5, 4, 0 }, new Shape(2, 2));

    private static void AssertValues(double[] expected, Tensor actual)
    {
        double[] a = actual.ToDoubleArray();
        Assert.Equal(expected.Length, a.Length);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(expected[i], a[i], 12);
        }
    }

    [Fact]
    public void MaxNorm_scales_only_columns_longer_than_the_limit()
    {
        // w · clip(n, 0, 2) / (ε + n): column 0 by 2 / (5 + ε), column 1 by 0.5 / (0.5 + ε).
        double c0 = 2 / (5 + Eps), c1 = 0.5 / (0.5 + Eps);
        AssertValues([3 * c0, 0.5 * c1, 4 * c0, 0], new MaxNorm().Apply(W()));
    }

    [Fact]
    public void MaxNorm_along_axis_1_uses_row_norms()
    {
        double r0 = Math.Sqrt(9.25), r1 = 4;
        double s0 = 1 / (r0 + Eps), s1 = 1 / (r1 + Eps);
        AssertValues([3 * s0, 0.5 * s0, 4 * s1, 0], new MaxNorm(maxValue: 1, axis: 1).Apply(W()));
    }

    [Fact]
    public void NonNeg_zeroes_negative_weights()
        => AssertValues([0, 2, 0, 0.5], new NonNeg().Apply(new Tensor(new double[] { -1, 2, 0, 0.5 }, new Shape(4))));

    [Fact]
    public void UnitNorm_divides_by_epsilon_plus_the_norm()
    {
        double c0 = 1 / (5 + Eps), c1 = 1 / (0.5 + Eps);
        AssertValues([3 * c0, 0.5 * c1, 4 * c0, 0], new UnitNorm().Apply(W()));
    }

    [Fact]
    public void MinMaxNorm_moves_norms_by_rate_towards_the_bounds()
    {
        // rate 0.5, bounds [1, 2]: column 0 desired 0.5·2 + 0.5·5 = 3.5, column 1 desired 0.5·1 + 0.5·0.5 = 0.75.
        double c0 = 3.5 / (5 + Eps), c1 = 0.75 / (0.5 + Eps);
        AssertValues([3 * c0, 0.5 * c1, 4 * c0, 0], new MinMaxNorm(minValue: 1, maxValue: 2, rate: 0.5).Apply(W()));
    }

    [Fact]
    public void Defaults_and_configs_are_Keras()
    {
        var maxNorm = new MaxNorm();
        Assert.Equal(2, maxNorm.MaxValue);
        Assert.Equal(0, maxNorm.Axis);
        var minMax = new MinMaxNorm();
        Assert.Equal((0.0, 1.0, 1.0, 0), (minMax.MinValue, minMax.MaxValue, minMax.Rate, minMax.Axis));
        Assert.Equal(0, new UnitNorm().Axis);
        Assert.Equal(["max_value", "axis"], maxNorm.GetConfig().Keys);
        Assert.Equal("MinMaxNorm", minMax.Serialize()["class_name"]);
        Assert.Equal("non_neg", new NonNeg().Name);
    }

    [Fact]
    public void Bad_arguments_throw_with_clear_messages()
    {
        var e = Assert.Throws<ArgumentException>(() => new UnitNorm(axis: 2).Apply(W()));
        Assert.Contains("UnitNorm axis 2 is out of range for a weight of shape (2, 2)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaxNorm(maxValue: -1));
        var m = Assert.Throws<ArgumentOutOfRangeException>(() => new MinMaxNorm(minValue: 2, maxValue: 1));
        Assert.Contains("maxValue must be finite and >= minValue 2", m.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinMaxNorm(rate: 1.5));
    }
}
