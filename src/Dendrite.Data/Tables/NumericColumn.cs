using System.Globalization;

namespace Dendrite.Data.Tables;

/// <summary>A column of real numbers with a missing mask; a missing cell's value is NaN and its mask bit is set.</summary>
public sealed class NumericColumn : DataColumn
{
    private readonly double[] _values;
    private readonly bool[] _missing;

    /// <summary>Creates a numeric column; NaN values are read as missing.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="values">The values (copied); NaN marks a missing cell.</param>
    public NumericColumn(string name, ReadOnlySpan<double> values)
        : base(name)
    {
        _values = values.ToArray();
        _missing = new bool[_values.Length];
        for (int i = 0; i < _values.Length; i++)
        {
            _missing[i] = double.IsNaN(_values[i]);
        }
    }

    /// <summary>Creates a column that takes ownership of <paramref name="values"/> and <paramref name="missing"/> (no copy; the CSV reader fills them).</summary>
    internal NumericColumn(string name, double[] values, bool[] missing)
        : base(name)
    {
        _values = values;
        _missing = missing;
    }

    /// <inheritdoc/>
    public override ColumnKind Kind => ColumnKind.Numeric;

    /// <inheritdoc/>
    public override int Length => _values.Length;

    /// <summary>The values; a missing cell holds NaN.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The value at <paramref name="row"/> (NaN when missing).</summary>
    /// <param name="row">The zero-based row.</param>
    public double this[int row] => _values[row];

    /// <inheritdoc/>
    public override bool IsMissing(int row) => _missing[row];

    /// <inheritdoc/>
    public override DataColumn Take(ReadOnlySpan<int> rows)
    {
        var values = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            values[i] = _values[rows[i]];
        }

        return new NumericColumn(Name, values);
    }

    /// <inheritdoc/>
    public override DataColumn Rename(string name) => new NumericColumn(name, _values);

    /// <inheritdoc/>
    public override string Format(int row) => _missing[row] ? string.Empty : _values[row].ToString("R", CultureInfo.InvariantCulture);
}
