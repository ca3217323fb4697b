using System.Text;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Exploration;

/// <summary>The result of <see cref="Explore.Describe"/>: one <see cref="ColumnSummary"/> per column, printable as tables.</summary>
public sealed class TableDescription
{
    private const int ShownLevels = 5;

    internal TableDescription(int rowCount, IReadOnlyList<ColumnSummary> columns)
    {
        RowCount = rowCount;
        Columns = columns;
    }

    /// <summary>The number of rows described.</summary>
    public int RowCount { get; }

    /// <summary>The summaries, in column order.</summary>
    public IReadOnlyList<ColumnSummary> Columns { get; }

    /// <summary>The summary of the column named <paramref name="name"/>.</summary>
    /// <param name="name">The column's name.</param>
    public ColumnSummary this[string name] => Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"The description has no column '{name}'; the columns are {string.Join(", ", Columns.Select(c => c.Name))}.");

    /// <summary>The numeric table, the categorical/boolean table (at most 5 levels shown per column) and a line naming all-missing columns.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var numeric = Columns.Where(c => c.Kind == ColumnKind.Numeric).ToList();
        if (numeric.Count > 0)
        {
            text.Append(TextTable.Render(
                $"Numeric columns ({RowCount} rows)",
                ["column", "count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max"],
                numeric.Select(c => new[]
                {
                    c.Name, TextTable.Count(c.Count), TextTable.Count(c.Missing), TextTable.Number(c.Mean), TextTable.Number(c.Std),
                    TextTable.Number(c.Min), TextTable.Number(c.Q25), TextTable.Number(c.Median), TextTable.Number(c.Q75), TextTable.Number(c.Max),
                }),
                [false, true, true, true, true, true, true, true, true, true]));
        }

        var levelled = Columns.Where(c => c.Kind != ColumnKind.Numeric).ToList();
        if (levelled.Count > 0)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append(TextTable.Render(
                $"Categorical and boolean columns ({RowCount} rows)",
                ["column", "kind", "count", "missing", "levels", "most frequent (count)"],
                levelled.Select(c => new[]
                {
                    c.Name, c.Kind.ToString().ToLowerInvariant(), TextTable.Count(c.Count), TextTable.Count(c.Missing), TextTable.Count(c.Levels.Count),
                    string.Join(", ", c.Levels.Take(ShownLevels).Select(l => $"{l.Level} ({l.Count})"))
                        + (c.Levels.Count > ShownLevels ? $", … {c.Levels.Count - ShownLevels} more" : string.Empty),
                }),
                [false, false, true, true, true, false]));
        }

        var empty = Columns.Where(c => c.AllMissing).Select(c => c.Name).ToList();
        if (empty.Count > 0)
        {
            text.Append($"\nAll values missing: {string.Join(", ", empty)}.\n");
        }

        return text.ToString();
    }
}
