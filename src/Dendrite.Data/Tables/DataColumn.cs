// A named column of a DataTable: a kind, a length and a missing mask. The three concrete kinds are
// NumericColumn (double values + mask), CategoricalColumn (string values, null = missing) and BooleanColumn.
namespace Dendrite.Data.Tables;

/// <summary>One named column of a <see cref="DataTable"/>, with a missing-value mask.</summary>
public abstract class DataColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="name">The column's name; not empty.</param>
    private protected DataColumn(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The column's name (the CSV header).</summary>
    public string Name { get; }

    /// <summary>What the column holds.</summary>
    public abstract ColumnKind Kind { get; }

    /// <summary>The number of rows.</summary>
    public abstract int Length { get; }

    /// <summary>Whether row <paramref name="row"/> is missing.</summary>
    /// <param name="row">The zero-based row.</param>
    public abstract bool IsMissing(int row);

    /// <summary>The number of missing rows.</summary>
    public int MissingCount
    {
        get
        {
            int count = 0;
            for (int i = 0; i < Length; i++)
            {
                if (IsMissing(i))
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>A new column with the rows at <paramref name="rows"/>, in that order (rows may repeat).</summary>
    /// <param name="rows">Zero-based row indices.</param>
    public abstract DataColumn Take(ReadOnlySpan<int> rows);

    /// <summary>The same values under another name.</summary>
    /// <param name="name">The new name.</param>
    public abstract DataColumn Rename(string name);

    /// <summary>The cell as text, as a person reads it (empty for missing).</summary>
    /// <param name="row">The zero-based row.</param>
    public abstract string Format(int row);
}
