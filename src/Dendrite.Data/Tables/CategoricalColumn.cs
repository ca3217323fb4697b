namespace Dendrite.Data.Tables;

/// <summary>A column of text categories; a missing cell is null.</summary>
public sealed class CategoricalColumn : DataColumn
{
    private readonly string?[] _values;

    /// <summary>Creates a categorical column.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="values">The labels (copied); null marks a missing cell.</param>
    public CategoricalColumn(string name, ReadOnlySpan<string?> values)
        : base(name) => _values = values.ToArray();

    /// <summary>Creates a column that takes ownership of <paramref name="values"/> (no copy; for readers that fill a fresh array; Take and Rename share it, the column being immutable).</summary>
    internal CategoricalColumn(string name, string?[] values)
        : base(name) => _values = values;

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Categorical;

    /// <inheritdoc/>
    public override int Length => _values.Length;

    /// <summary>The labels; a missing cell is null.</summary>
    public ReadOnlySpan<string?> Values => _values;

    /// <summary>The label at <paramref name="row"/> (null when missing).</summary>
    /// <param name="row">The zero-based row.</param>
    public string? this[int row] => _values[row];

    /// <summary>The distinct non-missing labels in ordinal order.</summary>
    public IReadOnlyList<string> Levels() => [.. _values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _values[row] is null;

    /// <inheritdoc/>
    public override DataColumn Take(ReadOnlySpan<int> rows)
    {
        var values = new string?[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            values[i] = _values[rows[i]];
        }

        return new CategoricalColumn(Name, values);
    }

    /// <inheritdoc/>
    public override DataColumn Rename(string name) => new CategoricalColumn(name, _values);

    /// <inheritdoc/>
    public override string Format(int row) => _values[row] ?? string.Empty;
}
