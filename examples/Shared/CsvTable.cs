// CsvTable: the bundled datasets' simple CSV (datasets/README.md): a header row, ',' separators, no quoting,
// one record per line, a missing value is an empty field. The table keeps every field as text, by column, with
// the file line of each row so that errors name file, line and column; numbers are parsed on request
// (invariant culture, as doubles: nothing in these files is lost). The general reader with typed columns,
// quoting and missing-value handling is Dendrite.Data's job; this one is just enough for the examples.
using System.Globalization;

namespace Dendrite.Examples;

/// <summary>A small CSV file held as text columns, read from the bundled datasets.</summary>
public sealed class CsvTable
{
    private readonly string[][] _columns;
    private readonly int[] _lines;

    private CsvTable(string path, string[] header, string[][] columns, int[] lines)
    {
        Path = path;
        Columns = header;
        _columns = columns;
        _lines = lines;
    }

    /// <summary>The file the table was read from.</summary>
    public string Path { get; }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The number of data rows (the header is not a row).</summary>
    public int RowCount => _lines.Length;

    /// <summary>Reads a CSV file: a header row, then one record per line with as many fields as the header.</summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FormatException">The file is empty, or a line has a different number of fields than the header.</exception>
    public static CsvTable Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new FormatException($"{path}: the file is empty; expected a header row.");
        }

        string[] header = lines[0].Split(',');
        var rows = new List<string[]>();
        var lineNumbers = new List<int>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            string[] fields = lines[i].Split(',');
            if (fields.Length != header.Length)
            {
                throw new FormatException($"{path}, line {i + 1}: expected {header.Length} fields as in the header, found {fields.Length}.");
            }

            rows.Add(fields);
            lineNumbers.Add(i + 1);
        }

        string[][] columns = [.. Enumerable.Range(0, header.Length).Select(c => rows.Select(r => r[c]).ToArray())];
        return new CsvTable(path, header, columns, [.. lineNumbers]);
    }

    /// <summary>The text of every row in a column (an empty string is a missing value).</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public string[] Text(string column) => (string[])_columns[IndexOf(column)].Clone();

    /// <summary>A numeric column, parsed as doubles.</summary>
    /// <param name="column">The column's name.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    /// <exception cref="FormatException">A value is missing or not a number (the message names the file, line and column).</exception>
    public double[] Numbers(string column)
    {
        int c = IndexOf(column);
        var values = new double[RowCount];
        for (int r = 0; r < RowCount; r++)
        {
            string text = _columns[c][r];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[r]))
            {
                string what = text.Length == 0 ? "a missing value" : $"'{text}'";
                throw new FormatException($"{Path}, line {_lines[r]}, column '{column}': expected a number, found {what}.");
            }
        }

        return values;
    }

    /// <summary>Several numeric columns as rows: element [r][j] is row r of the j-th named column.</summary>
    /// <param name="columns">The columns' names, in the order wanted.</param>
    /// <returns>One array per row.</returns>
    /// <exception cref="ArgumentException">The table has no column of one of the names.</exception>
    /// <exception cref="FormatException">A value is missing or not a number.</exception>
    public double[][] Matrix(params IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        double[][] byColumn = [.. columns.Select(Numbers)];
        return [.. Enumerable.Range(0, RowCount).Select(r => byColumn.Select(values => values[r]).ToArray())];
    }

    /// <summary>The table without the rows that have a missing (empty) value in any of the given columns.</summary>
    /// <param name="columns">The columns to check; none given = every column.</param>
    /// <returns>A new table with the complete rows, in their order.</returns>
    /// <exception cref="ArgumentException">The table has no column of one of the names.</exception>
    public CsvTable DropRowsWithMissing(params IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        int[] checkedColumns = columns.Count == 0 ? [.. Enumerable.Range(0, Columns.Count)] : [.. columns.Select(IndexOf)];
        int[] keep = [.. Enumerable.Range(0, RowCount).Where(r => checkedColumns.All(c => _columns[c][r].Length > 0))];
        return new CsvTable(Path, [.. Columns], [.. _columns.Select(values => keep.Select(r => values[r]).ToArray())], [.. keep.Select(r => _lines[r])]);
    }

    private int IndexOf(string column)
    {
        for (int c = 0; c < Columns.Count; c++)
        {
            if (Columns[c] == column)
            {
                return c;
            }
        }

        throw new ArgumentException($"{Path} has no column '{column}'; its columns are {string.Join(", ", Columns)}.", nameof(column));
    }
}
