namespace Dendrite.Data.Csv;

/// <summary>A CSV file does not hold what was expected; says which file, line and column, what was expected and what was found.</summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception; the message is built from the location and <paramref name="problem"/>.</summary>
    /// <param name="file">The file (or source name) being read.</param>
    /// <param name="line">The 1-based line of the file; 0 when the problem is not on one line.</param>
    /// <param name="column">The 1-based column number; null when the problem is not in one column.</param>
    /// <param name="columnName">The column's name; null when unknown.</param>
    /// <param name="problem">What is wrong: what was expected and what was received.</param>
    /// <param name="inner">The exception from the parser, if any; default null.</param>
    public CsvFormatException(string file, int line, int? column, string? columnName, string problem, Exception? inner = null)
        : base(Compose(file, line, column, columnName, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
        ColumnName = columnName;
    }

    /// <summary>The file (or source name) being read.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the file; 0 when the problem is not on one line (an empty file has line 1).</summary>
    public int Line { get; }

    /// <summary>The 1-based column number, or null when the problem is not in one column.</summary>
    public int? Column { get; }

    /// <summary>The column's name, or null when unknown.</summary>
    public string? ColumnName { get; }

    private static string Compose(string file, int line, int? column, string? columnName, string problem)
    {
        string where = $"'{file}'";
        if (line > 0)
        {
            where += $", line {line}";
        }

        if (column is int c)
        {
            where += columnName is null ? $", column {c}" : $", column {c} '{columnName}'";
        }

        return $"{where}: {problem}";
    }
}
