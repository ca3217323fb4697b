// Expected numbers are worked by hand with pandas' formulas (describe: std with ddof=1, quantiles by numpy's
// linear interpolation h = (n-1)p; corr: Pearson over pairwise-complete rows); each derivation is in a comment.
using Dendrite.Data.Csv;
using Dendrite.Data.Exploration;
using Dendrite.Data.Tables;
using Xunit.Abstractions;

namespace Dendrite.Tests.Data.Exploration;

public class ExploreTests(ITestOutputHelper output)
{
    private static DataTable Small() => new(
    [
        new NumericColumn("x", [1, 2, 3, 4, 10, double.NaN]),
        new NumericColumn("z", [1, 2, 3, 4, double.NaN, double.NaN]),
        new CategoricalColumn("cat", ["a", "b", "a", null, "a", "c"]),
        new NumericColumn("empty", [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN]),
    ]);

    [Fact]
    public void Describe_numeric_columns_as_pandas()
    {
        TableDescription d = Small().Describe();
        ColumnSummary x = d["x"];

        // x = 1,2,3,4,10: mean 20/5 = 4; deviations -3,-2,-1,0,6, squares sum 50, std = sqrt(50/4) = 3.5355339059327378;
        // h = 4p: 25% -> x[1] = 2, 50% -> x[2] = 3, 75% -> x[3] = 4.
        Assert.Equal((5, 1, 4.0, 1.0, 2.0, 3.0, 4.0, 10.0), (x.Count, x.Missing, x.Mean, x.Min, x.Q25, x.Median, x.Q75, x.Max));
        Assert.Equal(3.5355339059327378, x.Std, 1e-15);

        // z = 1,2,3,4: h = 3p: 25% -> 1 + 0.75·1 = 1.75, 50% -> 2.5, 75% -> 3 + 0.25·1 = 3.25; std = sqrt(5/3) = 1.2909944487358056.
        ColumnSummary z = d["z"];
        Assert.Equal((1.75, 2.5, 3.25), (z.Q25, z.Median, z.Q75));
        Assert.Equal(1.2909944487358056, z.Std, 1e-15);
    }

    [Fact]
    public void Describe_categorical_levels_most_frequent_first_and_flags_all_missing_columns()
    {
        TableDescription d = Small().Describe();

        Assert.Equal([new LevelCount("a", 3, 60.0), new LevelCount("b", 1, 20.0), new LevelCount("c", 1, 20.0)], d["cat"].Levels);
        Assert.True(d["empty"].AllMissing);
        Assert.True(double.IsNaN(d["empty"].Mean));
        string text = d.ToString();
        Assert.Contains("All values missing: empty.", text);
        Assert.Contains("a (3), b (1), c (1)", text);
    }

    [Fact]
    public void Describe_renders_aligned_columns()
    {
        string[] lines = Small().Describe().ToString().Split('\n');

        // Title, header, rule, then x: the header's "count" ends where x's count ends (right-aligned numbers).
        Assert.Equal("Numeric columns (6 rows)", lines[0]);
        Assert.Equal(lines[1].IndexOf("count", StringComparison.Ordinal) + 5, lines[3].IndexOf(" 5 ", StringComparison.Ordinal) + 2);
        Assert.StartsWith("x      ", lines[3]);
    }

    [Fact]
    public void Missing_value_report_counts_columns_and_rows()
    {
        MissingValueReport m = Small().MissingValues();

        // empty 6, z 2, x 1, cat 1; every row misses "empty", so all 6 rows miss something.
        Assert.Equal([new MissingColumn("empty", 6, 100.0), new MissingColumn("z", 2, 100.0 * 2 / 6), new MissingColumn("x", 1, 100.0 / 6), new MissingColumn("cat", 1, 100.0 / 6)], m.Columns);
        Assert.Equal((6, 10), (m.RowsWithMissing, m.TotalMissing));
        Assert.Contains("all missing", m.ToString());
    }

    [Fact]
    public void Class_balance_and_correlation_with_a_two_class_target()
    {
        var t = new DataTable(
        [
            new CategoricalColumn("status", ["bad", "good", "good", "bad", "good"]),
            new NumericColumn("debt", [5, 1, 2, 4, double.NaN]),
            new NumericColumn("same", [1, 1, 1, 1, 1]),
        ]);

        ClassBalance balance = t.ClassBalance("status");
        Assert.Equal([new LevelCount("good", 3, 60.0), new LevelCount("bad", 2, 40.0)], balance.Classes);

        // Positive class defaults to the rarer one (bad = 1). Pairwise complete: debt 5,1,2,4 vs 1,0,0,1:
        // dx = 2,-2,-1,1, dy = .5,-.5,-.5,.5; Sxy = 3, Sxx = 10, Syy = 1; r = 3/sqrt(10) = 0.9486832980505138.
        TargetCorrelations c = t.CorrelationWithTarget("status");
        Assert.Equal("bad", c.PositiveClass);
        Assert.Equal(0.9486832980505138, c["debt"], 1e-15);
        Assert.Equal(4, c.Features[0].Rows);
        Assert.True(double.IsNaN(c["same"]));
        Assert.Equal(-0.9486832980505138, t.CorrelationWithTarget("status", positiveClass: "good")["debt"], 1e-15);
    }

    [Fact]
    public void Correlation_with_a_numeric_target_sorted_by_absolute_value()
    {
        // x = 1,2,3,4, y = 2,4,5,4: Sxy = 3.5, Sxx = 5, Syy = 4.75, r = 3.5/sqrt(23.75) = 0.7181848464596079; w = -x: r = -1.
        var t = new DataTable([new NumericColumn("x", [1, 2, 3, 4]), new NumericColumn("y", [2, 4, 5, 4]), new NumericColumn("w", [-2, -4, -5, -4])]);
        TargetCorrelations c = t.CorrelationWithTarget("y");

        Assert.Equal(["w", "x"], c.Features.Select(f => f.Feature));
        Assert.Equal(0.7181848464596079, c["x"], 1e-15);
        Assert.Equal(-1.0, c["w"], 1e-15);
    }

    [Fact]
    public void Bad_targets_are_clear_errors()
    {
        var t = new DataTable([new CategoricalColumn("species", ["a", "b", "c"]), new NumericColumn("x", [1, 2, 3])]);

        Assert.Equal("table: there is no column 'target'; the columns are species, x.", Assert.Throws<KeyNotFoundException>(() => t.ClassBalance("target")).Message);
        Assert.StartsWith("Target 'species' has 3 classes (a, b, c)", Assert.Throws<ArgumentException>(() => t.CorrelationWithTarget("species")).Message);
    }

    [Fact]
    public void Credit_data_exploration_matches_the_dataset_notes()
    {
        // datasets/README.md: Status good 3200 / bad 1254; 455 missing cells in 415 rows, Income 381 of them.
        DataTable t = CsvFile.Read(BundledPaths.Dataset("credit_data.csv"));
        MissingValueReport missing = t.MissingValues();
        ClassBalance balance = t.ClassBalance("Status");
        TargetCorrelations correlations = t.CorrelationWithTarget("Status", positiveClass: "bad");
        TableDescription description = t.Describe();
        output.WriteLine(description.ToString());
        output.WriteLine(missing.ToString());
        output.WriteLine(balance.ToString());
        output.WriteLine(correlations.ToString());

        Assert.Equal((455, 415, "Income", 381), (missing.TotalMissing, missing.RowsWithMissing, missing.Columns[0].Name, missing.Columns[0].Count));
        Assert.Equal([("good", 3200), ("bad", 1254)], balance.Classes.Select(c => (c.Level, c.Count)));
        Assert.Equal(9, correlations.Features.Count);
        Assert.Equal(4454 - 381, correlations.Features.Single(f => f.Feature == "Income").Rows);
    }
}
