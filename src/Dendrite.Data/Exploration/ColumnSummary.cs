// One row of Describe(): pandas' describe() statistics for a numeric column (count, mean, std with ddof=1,
// min, 25%, 50%, 75% with linear interpolation, max), or for a categorical / boolean column the count, the
// number of levels and every level with its count, most frequent first (ties in ordinal order).
using Dendrite.Data.Tables;

namespace Dendrite.Data.Exploration;

/// <summary>The summary statistics of one column.</summary>
public sealed class ColumnSummary
{
    internal ColumnSummary(DataColumn column, double[] stats, IReadOnlyList<LevelCount> levels)
    {
        Name = column.Name;
        Kind = column.Kind;
        Missing = column.MissingCount;
        Count = column.Length - Missing;
        (Mean, Std, Min, Q25, Median, Q75, Max) = (stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6]);
        Levels = levels;
    }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>The column's kind.</summary>
    public ColumnKind Kind { get; }

    /// <summary>The number of non-missing values.</summary>
    public int Count { get; }

    /// <summary>The number of missing values.</summary>
    public int Missing { get; }

    /// <summary>Whether every value is missing (the column carries no information; drop it or check the file).</summary>
    public bool AllMissing => Count == 0;

    /// <summary>The mean of a numeric column; NaN otherwise or when all values are missing.</summary>
    public double Mean { get; }

    /// <summary>The sample standard deviation (ddof = 1) of a numeric column; NaN otherwise or with fewer than 2 values.</summary>
    public double Std { get; }

    /// <summary>The smallest value of a numeric column; NaN otherwise.</summary>
    public double Min { get; }

    /// <summary>The 25th percentile (linear interpolation) of a numeric column; NaN otherwise.</summary>
    public double Q25 { get; }

    /// <summary>The median (linear interpolation) of a numeric column; NaN otherwise.</summary>
    public double Median { get; }

    /// <summary>The 75th percentile (linear interpolation) of a numeric column; NaN otherwise.</summary>
    public double Q75 { get; }

    /// <summary>The largest value of a numeric column; NaN otherwise.</summary>
    public double Max { get; }

    /// <summary>The levels of a categorical or boolean column with their counts, most frequent first; empty for numeric columns.</summary>
    public IReadOnlyList<LevelCount> Levels { get; }
}
