namespace Dendrite.Data.Exploration;

/// <summary>Missing values per column (only columns that have some) and the number of rows missing anything.</summary>
public sealed class MissingValueReport
{
    internal MissingValueReport(int rowCount, int rowsWithMissing, IReadOnlyList<MissingColumn> columns)
    {
        RowCount = rowCount;
        RowsWithMissing = rowsWithMissing;
        Columns = columns;
    }

    /// <summary>The number of rows examined.</summary>
    public int RowCount { get; }

    /// <summary>The number of rows with at least one missing value.</summary>
    public int RowsWithMissing { get; }

    /// <summary>The columns with missing values, most missing first (ties in column order).</summary>
    public IReadOnlyList<MissingColumn> Columns { get; }

    /// <summary>The total number of missing cells.</summary>
    public int TotalMissing => Columns.Sum(c => c.Count);

    /// <summary>The table of columns with missing values, then the totals; says so when nothing is missing.</summary>
    public override string ToString()
    {
        if (Columns.Count == 0)
        {
            return $"No missing values ({RowCount} rows).\n";
        }

        return TextTable.Render(
            $"Missing values ({RowCount} rows)",
            ["column", "missing", "percent", ""],
            Columns.Select(c => new[] { c.Name, TextTable.Count(c.Count), TextTable.Percent(c.Percent), c.Count == RowCount ? "all missing" : string.Empty }),
            [false, true, true, false])
            + $"{TotalMissing} missing cells in {RowsWithMissing} rows ({TextTable.Percent(RowCount == 0 ? 0 : 100.0 * RowsWithMissing / RowCount)} of rows).\n";
    }
}

/// <summary>One column of a <see cref="MissingValueReport"/>.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Count">The number of missing values.</param>
/// <param name="Percent">The share of rows missing, in percent.</param>
public sealed record MissingColumn(string Name, int Count, double Percent);
