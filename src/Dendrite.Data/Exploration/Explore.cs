// Exploratory analysis of a DataTable, each result typed and printable (ToString) as a plain-text table:
// Describe (pandas DataFrame.describe(include="all") statistics), MissingValues (df.isna().sum() and rows with
// any missing), ClassBalance (value_counts(normalize=True)), CorrelationWithTarget (df.corrwith(y), Pearson,
// pairwise-complete rows as pandas' corr does).
using Dendrite.Data.Tables;

namespace Dendrite.Data.Exploration;

/// <summary>Describe, missing values, class balance and target correlations of a <see cref="DataTable"/>.</summary>
public static class Explore
{
    /// <summary>Summary statistics of every column: pandas' describe() for numbers, level counts for categories and booleans.</summary>
    /// <param name="table">The table.</param>
    /// <returns>One summary per column; all-missing columns have <see cref="ColumnSummary.AllMissing"/> set and are named under the tables.</returns>
    public static TableDescription Describe(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var summaries = new List<ColumnSummary>();
        foreach (DataColumn column in table.Columns)
        {
            double[] stats = [.. Enumerable.Repeat(double.NaN, 7)];
            if (column is NumericColumn numeric)
            {
                double[] x = Present(numeric);
                Array.Sort(x);
                stats = [Statistics.Mean(x), Statistics.SampleStd(x), x.Length == 0 ? double.NaN : x[0],
                    Statistics.Quantile(x, 0.25), Statistics.Quantile(x, 0.5), Statistics.Quantile(x, 0.75), x.Length == 0 ? double.NaN : x[^1]];
                summaries.Add(new ColumnSummary(column, stats, []));
            }
            else
            {
                summaries.Add(new ColumnSummary(column, stats, Levels(column)));
            }
        }

        return new TableDescription(table.RowCount, summaries);
    }

    /// <summary>The columns with missing values (count and percent), and how many rows miss anything.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The report; its column list is empty when nothing is missing.</returns>
    public static MissingValueReport MissingValues(this DataTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int n = table.RowCount;
        var columns = table.Columns
            .Select(c => new MissingColumn(c.Name, c.MissingCount, n == 0 ? 0 : 100.0 * c.MissingCount / n))
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count)
            .ToList();
        int rows = Enumerable.Range(0, n).Count(r => table.Columns.Any(c => c.IsMissing(r)));
        return new MissingValueReport(n, rows, columns);
    }

    /// <summary>The count and percentage of each class of <paramref name="target"/>, most frequent first.</summary>
    /// <param name="table">The table.</param>
    /// <param name="target">The target column's name.</param>
    /// <returns>The class balance; rows with a missing target are counted apart.</returns>
    /// <exception cref="KeyNotFoundException">The table has no column <paramref name="target"/> (the message lists the columns).</exception>
    public static ClassBalance ClassBalance(this DataTable table, string target)
    {
        ArgumentNullException.ThrowIfNull(table);
        DataColumn column = table[target];
        return new ClassBalance(target, column.MissingCount, Levels(column));
    }

    /// <summary>Pearson's r of each numeric or boolean feature with <paramref name="target"/>, strongest first.</summary>
    /// <param name="table">The table.</param>
    /// <param name="target">A numeric or boolean target, or a categorical one with two classes.</param>
    /// <param name="positiveClass">For a two-class categorical target, the class coded 1; default null (the less frequent class; on a tie the ordinally later one).</param>
    /// <returns>One correlation per feature, over the rows where feature and target are both present.</returns>
    /// <exception cref="KeyNotFoundException">The table has no column <paramref name="target"/>.</exception>
    /// <exception cref="ArgumentException">The target is categorical with other than two classes, or <paramref name="positiveClass"/> is not one of them.</exception>
    public static TargetCorrelations CorrelationWithTarget(this DataTable table, string target, string? positiveClass = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        (double[] y, string? positive) = CodeTarget(table[target], positiveClass);
        var features = new List<FeatureCorrelation>();
        foreach (DataColumn column in table.Columns)
        {
            if (column.Name == target || column.Kind == ColumnKind.Categorical)
            {
                continue;
            }

            var xs = new List<double>();
            var ys = new List<double>();
            for (int r = 0; r < table.RowCount; r++)
            {
                if (!column.IsMissing(r) && !double.IsNaN(y[r]))
                {
                    xs.Add(column is NumericColumn n ? n[r] : ((BooleanColumn)column)[r]!.Value ? 1 : 0);
                    ys.Add(y[r]);
                }
            }

            features.Add(new FeatureCorrelation(column.Name, Statistics.Pearson(xs.ToArray(), ys.ToArray()), xs.Count));
        }

        return new TargetCorrelations(target, positive, [.. features.OrderByDescending(f => double.IsNaN(f.Correlation) ? -1 : Math.Abs(f.Correlation))]);
    }

    private static (double[] Y, string? Positive) CodeTarget(DataColumn target, string? positiveClass)
    {
        var y = new double[target.Length];
        switch (target)
        {
            case NumericColumn numeric:
                numeric.Values.CopyTo(y);
                return (y, null);
            case BooleanColumn boolean:
                for (int r = 0; r < y.Length; r++)
                {
                    y[r] = boolean[r] is bool b ? (b ? 1 : 0) : double.NaN;
                }

                return (y, "true");
        }

        var labels = (CategoricalColumn)target;
        IReadOnlyList<LevelCount> levels = Levels(target);
        if (levels.Count != 2)
        {
            throw new ArgumentException(
                $"Target '{target.Name}' has {levels.Count} classes ({string.Join(", ", levels.Select(l => l.Level))}); correlation needs a numeric target or one with two classes.", nameof(target));
        }

        string positive = positiveClass ?? levels[1].Level;
        if (!levels.Any(l => l.Level == positive))
        {
            throw new ArgumentException($"Positive class '{positive}' is not a class of '{target.Name}'; the classes are {levels[0].Level}, {levels[1].Level}.", nameof(positiveClass));
        }

        for (int r = 0; r < y.Length; r++)
        {
            y[r] = labels[r] is string s ? (s == positive ? 1 : 0) : double.NaN;
        }

        return (y, positive);
    }

    private static double[] Present(NumericColumn column) => [.. column.Values.ToArray().Where(v => !double.IsNaN(v))];

    private static List<LevelCount> Levels(DataColumn column)
    {
        int present = column.Length - column.MissingCount;
        return [.. Enumerable.Range(0, column.Length).Where(r => !column.IsMissing(r)).Select(column.Format)
            .GroupBy(label => label, StringComparer.Ordinal)
            .Select(g => new LevelCount(g.Key, g.Count(), 100.0 * g.Count() / present))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Level, StringComparer.Ordinal)];
    }
}
