// DerivedColumns: the derived-column step of the tabular preprocessing — an ordered list of DerivedColumn
// declarations (ratios and differences of numeric columns) appended to the raw rows before the ColumnTransformer
// sees them. It learns nothing from the data; TabularPreprocessor checks it against the training columns, saves it
// in the model file and applies it to every row it transforms, so raw CSV rows need no feature engineering of their
// own. A declaration may use the columns declared before it.
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Appends ratio and difference columns, computed from numeric columns of each row, to a table.</summary>
/// <remarks>Each <see cref="DerivedColumn"/> in order: <c>ratio = left / right</c> or <c>difference = left − right</c>; missing operands and non-finite results are missing cells.</remarks>
public sealed class DerivedColumns
{
    private readonly DerivedColumn[] _columns;

    /// <summary>Declares the derived columns, computed in the given order.</summary>
    /// <param name="columns">The declarations; names must be distinct.</param>
    /// <exception cref="ArgumentException">A declaration is null or two share a name.</exception>
    public DerivedColumns(IReadOnlyList<DerivedColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Any(c => c is null))
        {
            throw new ArgumentException("DerivedColumns: the declarations must not be null.", nameof(columns));
        }

        if (columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"DerivedColumns: the column name '{twice.Key}' is declared twice.", nameof(columns));
        }

        _columns = [.. columns];
    }

    /// <summary>No derived columns: <see cref="Transform"/> returns its rows unchanged.</summary>
    public static DerivedColumns None { get; } = new([]);

    /// <summary>The declarations, in the order they are computed.</summary>
    public IReadOnlyList<DerivedColumn> Columns => _columns;

    /// <summary>The names of the derived columns, in order.</summary>
    public IReadOnlyList<string> Names => [.. _columns.Select(c => c.Name)];

    /// <summary>The rows with the derived columns appended, in declaration order.</summary>
    /// <param name="rows">Rows holding every operand column as a numeric column.</param>
    /// <returns>A table of the columns of <paramref name="rows"/> followed by the derived columns.</returns>
    /// <exception cref="PreprocessingException">An operand column is absent or not numeric, or a derived name is already a column; the message names it.</exception>
    public DataTable Transform(DataTable rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Problem(rows.ColumnNames, [.. rows.Columns.Select(c => c.Kind)]) is { } problem)
        {
            throw new PreprocessingException(problem.Message, problem.Column);
        }

        DataTable table = rows;
        foreach (DerivedColumn derived in _columns)
        {
            var left = (NumericColumn)table[derived.Left];
            var right = (NumericColumn)table[derived.Right];
            var values = new double[table.RowCount];
            for (int r = 0; r < values.Length; r++)
            {
                values[r] = derived.Compute(left[r], right[r]);
            }

            table = table.With(new NumericColumn(derived.Name, values));
        }

        return table;
    }

    /// <summary>What stops the declarations from applying to columns with these names and kinds, or null when they apply.</summary>
    internal (string Message, string Column)? Problem(IReadOnlyList<string> names, IReadOnlyList<ColumnKind> kinds)
    {
        var available = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            available[names[i]] = kinds[i];
        }

        string columns = string.Join(", ", names);
        foreach (DerivedColumn derived in _columns)
        {
            foreach (string operand in (string[])[derived.Left, derived.Right])
            {
                if (!available.TryGetValue(operand, out ColumnKind kind))
                {
                    return ($"Derived column '{derived}' names the column '{operand}', which the rows lack; the columns are {columns}.", operand);
                }

                if (kind != ColumnKind.Numeric)
                {
                    return ($"Derived column '{derived}' needs numeric operands, but '{operand}' is a {kind.ToString().ToLowerInvariant()} column.", operand);
                }
            }

            if (!available.TryAdd(derived.Name, ColumnKind.Numeric))
            {
                return ($"Derived column '{derived}' would replace the existing column '{derived.Name}'; give it another name.", derived.Name);
            }
        }

        return null;
    }
}
