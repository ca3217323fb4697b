namespace Dendrite.Data.Tables;

/// <summary>A column of true / false values; a missing cell is null.</summary>
public sealed class BooleanColumn : DataColumn
{
    private readonly bool?[] _values;

    /// <summary>Creates a boolean column.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="values">The values (copied); null marks a missing cell.</param>
    public BooleanColumn(string name, ReadOnlySpan<bool?> values)
        : base(name) => _values = values.ToArray();

    /// <summary>Creates a column that takes ownership of <paramref name="values"/> (no copy; for readers that fill a fresh array; Take and Rename share it, the column being immutable).</summary>
    internal BooleanColumn(string name, bool?[] values)
        : base(name) => _values = values;

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Boolean;

    /// <inheritdoc/>
    public override int Length => _values.Length;

    /// <summary>The values; a missing cell is null.</summary>
    public ReadOnlySpan<bool?> Values => _values;

    /// <summary>The value at <paramref name="row"/> (null when missing).</summary>
    /// <param name="row">The zero-based row.</param>
    public bool? this[int row] => _values[row];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _values[row] is null;

    /// <inheritdoc/>
    public override DataColumn Take(ReadOnlySpan<int> rows)
    {
        var values = new bool?[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            values[i] = _values[rows[i]];
        }

        return new BooleanColumn(Name, values);
    }

    /// <inheritdoc/>
    public override DataColumn Rename(string name) => new BooleanColumn(name, _values);

    /// <inheritdoc/>
    public override string Format(int row) => _values[row] switch { true => "true", false => "false", null => string.Empty };
}
