// A small typed table: named columns of equal length (numeric, categorical, boolean), each with a missing
// mask. Immutable: selection and filtering return new tables. We chose our own table over
// Microsoft.Data.Analysis.DataFrame (see DESIGN.md, "Data and files").
namespace Dendrite.Data.Tables;

/// <summary>A table of named, typed columns of equal length, each with a missing-value mask.</summary>
public sealed class DataTable
{
    private readonly DataColumn[] _columns;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a table from columns of equal length with distinct names.</summary>
    /// <param name="columns">The columns, in order.</param>
    /// <param name="source">Where the rows came from (a file path), used in error messages; default null.</param>
    public DataTable(IEnumerable<DataColumn> columns, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = [.. columns];
        Source = source;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _columns.Length; i++)
        {
            DataColumn column = _columns[i] ?? throw new ArgumentException($"Column {i} is null.", nameof(columns));
            if (!_index.TryAdd(column.Name, i))
            {
                throw new ArgumentException($"{Describe()}: the column name '{column.Name}' appears twice.", nameof(columns));
            }

            if (column.Length != _columns[0].Length)
            {
                throw new ArgumentException(
                    $"{Describe()}: column '{column.Name}' has {column.Length} rows, expected {_columns[0].Length} like '{_columns[0].Name}'.", nameof(columns));
            }
        }
    }

    /// <summary>Where the rows came from (a file path), or null.</summary>
    public string? Source { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => _columns.Length == 0 ? 0 : _columns[0].Length;

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<DataColumn> Columns => _columns;

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> ColumnNames => [.. _columns.Select(c => c.Name)];

    /// <summary>The column named <paramref name="name"/>.</summary>
    /// <param name="name">The column's name (case-sensitive).</param>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns there are.</exception>
    public DataColumn this[string name] => _columns[IndexOf(name)];

    /// <summary>Whether a column named <paramref name="name"/> exists.</summary>
    /// <param name="name">The column's name (case-sensitive).</param>
    public bool Contains(string name) => _index.ContainsKey(name);

    /// <summary>The position of the column named <paramref name="name"/>.</summary>
    /// <param name="name">The column's name (case-sensitive).</param>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns there are.</exception>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.TryGetValue(name, out int i)
            ? i
            : throw new KeyNotFoundException($"{Describe()}: there is no column '{name}'; the columns are {string.Join(", ", _columns.Select(c => c.Name))}.");
    }

    /// <summary>A table with only the named columns, in the given order.</summary>
    /// <param name="names">Column names.</param>
    public DataTable Select(params IReadOnlyList<string> names) => new(names.Select(n => this[n]), Source);

    /// <summary>A table without the named columns.</summary>
    /// <param name="names">Column names; each must exist.</param>
    public DataTable Drop(params IReadOnlyList<string> names)
    {
        var drop = new HashSet<int>(names.Select(IndexOf));
        return new DataTable(_columns.Where((_, i) => !drop.Contains(i)), Source);
    }

    /// <summary>A table with the rows at <paramref name="rows"/>, in that order.</summary>
    /// <param name="rows">Zero-based row indices.</param>
    public DataTable Take(ReadOnlySpan<int> rows)
    {
        var columns = new DataColumn[_columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = _columns[i].Take(rows);
        }

        return new DataTable(columns, Source);
    }

    /// <summary>A table with the rows for which <paramref name="predicate"/> holds.</summary>
    /// <param name="predicate">Called with each zero-based row index.</param>
    public DataTable Where(Func<int, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var rows = new List<int>();
        for (int r = 0; r < RowCount; r++)
        {
            if (predicate(r))
            {
                rows.Add(r);
            }
        }

        return Take(rows.ToArray());
    }

    /// <summary>A table with <paramref name="column"/> added at the end (or replacing the column of the same name).</summary>
    /// <param name="column">The column; its length must equal <see cref="RowCount"/>.</param>
    public DataTable With(DataColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var columns = _columns.ToList();
        int at = columns.FindIndex(c => c.Name == column.Name);
        if (at >= 0)
        {
            columns[at] = column;
        }
        else
        {
            columns.Add(column);
        }

        return new DataTable(columns, Source);
    }

    private string Describe() => Source is null ? "table" : $"'{Source}'";
}
