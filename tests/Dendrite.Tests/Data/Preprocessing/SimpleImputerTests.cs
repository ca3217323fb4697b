// SimpleImputer against scikit-learn's documented example and hand-computed statistics.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class SimpleImputerTests
{
    [Fact]
    public void Mean_matches_the_sklearn_documentation_example()
    {
        // sklearn SimpleImputer docs: fit [[7, 2, 3], [4, nan, 6], [10, 5, 9]], transform [[nan, 2, 3], [4, nan, 6], [10, nan, 9]]
        // → [[7, 2, 3], [4, 3.5, 6], [10, 3.5, 9]].
        var imputer = new SimpleImputer();
        imputer.Fit(Of(Num("a", 7, 4, 10), Num("b", 2, double.NaN, 5), Num("c", 3, 6, 9)));
        DataTable output = imputer.Transform(Of(Num("a", double.NaN, 4, 10), Num("b", 2, double.NaN, double.NaN), Num("c", 3, 6, 9)));
        Near([7, 4, 10], Values(output, "a"));
        Near([2, 3.5, 3.5], Values(output, "b"));
        Near([3, 6, 9], Values(output, "c"));
        Assert.Equal(["7", "3.5", "6"], imputer.StatisticsText);
    }

    [Fact]
    public void Median_is_the_middle_of_the_present_values()
    {
        // Present values 1, 3, 4, 10 → median (3 + 4) / 2 = 3.5.
        var imputer = new SimpleImputer(ImputeStrategy.Median);
        Near([1, 3.5, 3, 10, 4], Values(imputer.FitTransform(Of(Num("x", 1, double.NaN, 3, 10, 4))), "x"));
    }

    [Fact]
    public void Most_frequent_takes_the_smallest_of_tied_values_as_sklearn()
    {
        // "a" and "b" both appear twice → "a"; numbers 1 and 3 both twice → 1 (numeric order); booleans: true twice.
        var imputer = new SimpleImputer(ImputeStrategy.MostFrequent);
        DataTable output = imputer.FitTransform(Of(
            Cat("c", "b", "a", "b", "a", null, "c"),
            Num("n", 3, 1, 3, 1, double.NaN, 10),
            Bool("f", true, null, false, true, false, true)));
        Assert.Equal("b,a,b,a,a,c", string.Join(",", ((CategoricalColumn)output["c"]).Values.ToArray()));
        Near([3, 1, 3, 1, 1, 10], Values(output, "n"));
        Assert.Equal([true, true, false, true, false, true], ((BooleanColumn)output["f"]).Values.ToArray());
    }

    [Fact]
    public void Constant_fills_0_for_numbers_and_missing_value_for_text_by_default()
    {
        DataTable output = new SimpleImputer(ImputeStrategy.Constant).FitTransform(Of(Num("n", double.NaN, 2), Cat("c", null, "x"), Bool("f", null, true)));
        Near([0, 2], Values(output, "n"));
        Assert.Equal("missing_value,x", string.Join(",", ((CategoricalColumn)output["c"]).Values.ToArray()));
        Assert.Equal([false, true], ((BooleanColumn)output["f"]).Values.ToArray());
        DataTable custom = new SimpleImputer(ImputeStrategy.Constant, fillValue: -1, fillText: "?").FitTransform(Of(Num("n", double.NaN), Cat("c", [null])));
        Near([-1], Values(custom, "n"));
        Assert.Equal("?", ((CategoricalColumn)custom["c"])[0]);
    }

    [Fact]
    public void The_indicator_covers_only_columns_with_missing_values_at_fit_time()
    {
        // sklearn add_indicator: MissingIndicator(features="missing-only") stacked after the imputed columns.
        var imputer = new SimpleImputer(addIndicator: true);
        imputer.Fit(Of(Num("a", 1, double.NaN, 3), Num("b", 4, 5, 6)));
        Assert.Equal(["a", "b", "missingindicator_a"], imputer.GetFeatureNamesOut());
        Assert.Equal(["a"], imputer.IndicatorFeatures);
        DataTable output = imputer.Transform(Of(Num("a", double.NaN, 7), Num("b", double.NaN, 8)));
        Assert.Equal(["a", "b", "missingindicator_a"], output.ColumnNames);
        Near([2, 7], Values(output, "a"));
        Near([5, 8], Values(output, "b"));
        Near([1, 0], Values(output, "missingindicator_a"));
    }

    [Fact]
    public void Bad_columns_are_named()
    {
        var allMissing = Assert.Throws<ArgumentException>(() => new SimpleImputer(ImputeStrategy.Median).Fit(Of(Num("Income", double.NaN, double.NaN))));
        Assert.Equal("SimpleImputer(Median): column 'Income' is missing in all 2 training rows, so there is no value to learn; drop the column or use ImputeStrategy.Constant.", allMissing.Message);
        var text = Assert.Throws<ArgumentException>(() => new SimpleImputer().Fit(Of(Cat("Home", "rent"))));
        Assert.Equal("SimpleImputer(Mean) needs numeric columns; column 'Home' is categorical. Use ImputeStrategy.MostFrequent or Constant.", text.Message);
        var notFitted = Assert.Throws<InvalidOperationException>(() => new SimpleImputer().Transform(Of(Num("a", 1))));
        Assert.StartsWith("This SimpleImputer is not fitted yet", notFitted.Message, StringComparison.Ordinal);
        var imputer = new SimpleImputer().Fit(Of(Num("a", 1)));
        var absent = Assert.Throws<PreprocessingException>(() => imputer.Transform(Of(Num("b", 1))));
        Assert.Equal("SimpleImputer was fitted on columns a; the rows lack a.", absent.Message);
        var kind = Assert.Throws<PreprocessingException>(() => imputer.Transform(Of(Cat("a", "x"))));
        Assert.Equal("SimpleImputer: column 'a' was numeric when fitted, received a categorical column.", kind.Message);
    }
}
