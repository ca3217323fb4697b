// StandardScaler, MinMaxScaler and RobustScaler against scikit-learn's documented examples and hand-computed values.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class ScalerTests
{
    [Fact]
    public void StandardScaler_matches_the_sklearn_documentation_example()
    {
        // sklearn StandardScaler docs: data [[0, 0], [0, 0], [1, 1], [1, 1]] → mean_ [0.5, 0.5]; transform [[2, 2]] → [[3, 3]].
        var scaler = new StandardScaler();
        scaler.Fit(Of(Num("a", 0, 0, 1, 1), Num("b", 0, 0, 1, 1)));
        Near([0.5, 0.5], [.. scaler.Mean]);
        Near([0.5, 0.5], [.. scaler.Scale]);
        DataTable output = scaler.Transform(Of(Num("a", 2), Num("b", 2)));
        Near([3], Values(output, "a"));
    }

    [Fact]
    public void StandardScaler_uses_the_population_std_and_scale_1_for_constant_columns()
    {
        // [1, 2, 3, 4]: mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25 (ddof = 0), std √1.25; z(1) = −1.5 / √1.25.
        var scaler = new StandardScaler();
        DataTable output = scaler.FitTransform(Of(Num("x", 1, 2, 3, 4), Num("c", 5, 5, 5, 5), Num("m", 1, double.NaN, 3, double.NaN)));
        Assert.Equal(Math.Sqrt(1.25), scaler.Scale[0], 12);
        Near([-1.5 / Math.Sqrt(1.25), -0.5 / Math.Sqrt(1.25), 0.5 / Math.Sqrt(1.25), 1.5 / Math.Sqrt(1.25)], Values(output, "x"));
        Assert.Equal(1.0, scaler.Scale[1]);
        Near([0, 0, 0, 0], Values(output, "c"));
        Near([-1, double.NaN, 1, double.NaN], Values(output, "m")); // NaN ignored in fit (mean 2, std 1) and kept
        Near([0, 0, 0, 0], Values(new StandardScaler(withMean: false, withStd: false).FitTransform(Of(Num("x", 0, 0, 0, 0))), "x"));
    }

    [Fact]
    public void MinMaxScaler_matches_the_sklearn_documentation_example()
    {
        // sklearn MinMaxScaler docs: data [[-1, 2], [-0.5, 6], [0, 10], [1, 18]] → data_max_ [1, 18];
        // transform → [[0, 0], [0.25, 0.25], [0.5, 0.5], [1, 1]]; transform [[2, 2]] → [[1.5, 0]].
        var scaler = new MinMaxScaler();
        DataTable output = scaler.FitTransform(Of(Num("a", -1, -0.5, 0, 1), Num("b", 2, 6, 10, 18)));
        Assert.Equal([1.0, 18.0], scaler.DataMax);
        Near([0, 0.25, 0.5, 1], Values(output, "a"));
        Near([0, 0.25, 0.5, 1], Values(output, "b"));
        DataTable outside = scaler.Transform(Of(Num("a", 2), Num("b", 2)));
        Near([1.5], Values(outside, "a"));
        Near([0], Values(outside, "b"));
    }

    [Fact]
    public void MinMaxScaler_honours_the_range_clip_and_constant_columns()
    {
        // Range (−1, 1) on [0, 5, 10]: (x − 0) / 10 · 2 − 1 → [−1, 0, 1]; 20 → 3, clipped to 1; a constant column maps to min.
        var scaler = new MinMaxScaler(featureRange: (-1, 1), clip: true);
        Near([-1, 0, 1], Values(scaler.FitTransform(Of(Num("x", 0, 5, 10))), "x"));
        Near([1], Values(scaler.Transform(Of(Num("x", 20))), "x"));
        Near([-1, -1], Values(new MinMaxScaler(featureRange: (-1, 1)).FitTransform(Of(Num("c", 7, 7))), "c"));
        var e = Assert.Throws<ArgumentException>(() => new MinMaxScaler(featureRange: (1, 0)));
        Assert.StartsWith("MinMaxScaler's featureRange must be finite with min < max, received (1, 0).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RobustScaler_matches_the_sklearn_documentation_example()
    {
        // sklearn RobustScaler docs: X = [[1, -2, 2], [-2, 1, 3], [4, 1, -2]] → [[0, -2, 0], [-1, 0, 0.4], [1, 0, -1.6]].
        var scaler = new RobustScaler();
        DataTable output = scaler.FitTransform(Of(Num("a", 1, -2, 4), Num("b", -2, 1, 1), Num("c", 2, 3, -2)));
        Near([0, -1, 1], Values(output, "a"));
        Near([-2, 0, 0], Values(output, "b"));
        Near([0, 0.4, -1.6], Values(output, "c"), 1e-12);
    }

    [Fact]
    public void RobustScaler_interpolates_percentiles_linearly_and_keeps_zero_ranges_at_1()
    {
        // [1, 2, 3, 4, 5] with (10, 90): positions 0.4 and 3.6 → 1.4 and 4.6 (numpy linear), scale 3.2, median 3.
        var scaler = new RobustScaler(quantileRange: (10, 90));
        scaler.Fit(Of(Num("x", 5, 1, 4, 2, 3), Num("c", 2, 2, 2, 2, 2)));
        Assert.Equal(3.2, scaler.Scale[0], 12);
        Assert.Equal(3.0, scaler.Center[0]);
        Assert.Equal(1.0, scaler.Scale[1]); // q10 = q90 = 2 → zero range → scale 1
        Assert.Equal(2.0, scaler.Center[1]);
        Assert.Throws<ArgumentException>(() => new RobustScaler(quantileRange: (75, 25)));
    }

    [Fact]
    public void Scalers_refuse_text_columns_and_all_missing_columns()
    {
        var text = Assert.Throws<ArgumentException>(() => new StandardScaler().Fit(Of(Cat("Home", "rent"))));
        Assert.Equal("StandardScaler needs numeric columns; column 'Home' is categorical. Encode it first (OneHotEncoder or OrdinalEncoder).", text.Message);
        var empty = Assert.Throws<ArgumentException>(() => new RobustScaler().Fit(Of(Num("x", double.NaN))));
        Assert.Equal("RobustScaler: column 'x' is missing in all 1 training rows, so there is nothing to learn its scale from.", empty.Message);
    }
}
