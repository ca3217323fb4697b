// The records of one CSV file through CsvHelper's low-level CsvParser (no reflection, no class maps: trim- and
// AOT-safe). Reads and checks the header (names present and distinct; the schema and the column subset name
// only header columns), then yields records whose field count equals the header's. Only the selected columns'
// fields are ever turned into strings. Line numbers are the parser's RawRow: the file line the record ends on.
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dendrite.Data.Csv;

/// <summary>A forward-only cursor over the records of a CSV file, with its checked header.</summary>
internal sealed class CsvRecords : IDisposable
{
    private readonly CsvParser _parser;
    private readonly int[] _selected;
    private bool _replayFirst;

    public CsvRecords(string path, CsvReadOptions options)
    {
        File = path;
        var config = new CsvConfiguration(options.Culture)
        {
            Delimiter = options.Separator.ToString(),
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
        };
        _parser = new CsvParser(new StreamReader(path), config, leaveOpen: false);
        if (!Advance())
        {
            _parser.Dispose();
            throw new CsvFormatException(path, 1, null, null,
                options.HasHeader ? "the file is empty; expected a header row." : "the file is empty; expected at least one record.");
        }

        Header = options.HasHeader ? ReadHeader() : [.. Enumerable.Range(1, _parser.Count).Select(i => $"column_{i}")];
        _replayFirst = !options.HasHeader;
        try
        {
            CheckSchema(options);
            _selected = SelectColumns(options.Columns);
        }
        catch
        {
            _parser.Dispose();
            throw;
        }

        Names = [.. _selected.Select(i => Header[i])];
    }

    /// <summary>The file being read.</summary>
    public string File { get; }

    /// <summary>Every column name of the file, in file order.</summary>
    public string[] Header { get; }

    /// <summary>The names of the selected columns, in output order.</summary>
    public string[] Names { get; }

    /// <summary>The 1-based file line of the current record.</summary>
    public int Line => _parser.RawRow;

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    /// <exception cref="CsvFormatException">The record's field count differs from the header's, or the parser found bad data.</exception>
    public bool Read()
    {
        if (_replayFirst)
        {
            _replayFirst = false;
            return true;
        }

        if (!Advance())
        {
            return false;
        }

        int count = _parser.Count;
        if (count != Header.Length)
        {
            string problem = count < Header.Length
                ? $"expected {Header.Length} fields as in the header, received {count} (column {count + 1} '{Header[count]}' is missing)."
                : $"expected {Header.Length} fields as in the header, received {count} (an extra field in column {Header.Length + 1}).";
            throw new CsvFormatException(File, Line, Math.Min(count, Header.Length) + 1, count < Header.Length ? Header[count] : null, problem);
        }

        return true;
    }

    /// <summary>The text of selected column <paramref name="j"/> in the current record.</summary>
    /// <exception cref="CsvFormatException">The field breaks the quoting rules.</exception>
    public string Field(int j)
    {
        try
        {
            return _parser[_selected[j]];
        }
        catch (BadDataException e)
        {
            throw new CsvFormatException(File, Line, FileColumn(j), Names[j],
                $"received the badly quoted field {e.Field}; expected a field without quotes, or one wholly in quotes with inner quotes doubled (RFC 4180).", e);
        }
    }

    /// <summary>The 1-based file column of selected column <paramref name="j"/>.</summary>
    public int FileColumn(int j) => _selected[j] + 1;

    public void Dispose() => _parser.Dispose();

    private bool Advance()
    {
        try
        {
            return _parser.Read();
        }
        catch (CsvHelperException e)
        {
            throw new CsvFormatException(File, _parser.RawRow, null, null, $"the CSV parser rejected the record: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private string[] ReadHeader()
    {
        var names = new string[_parser.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = _parser[i].Trim();
            if (names[i].Length == 0)
            {
                throw new CsvFormatException(File, Line, i + 1, null, "the header has an empty column name; expected a name for every column (or read with HasHeader = false).");
            }

            if (!seen.TryAdd(names[i], i))
            {
                throw new CsvFormatException(File, Line, i + 1, names[i], $"the column name '{names[i]}' appears twice in the header (columns {seen[names[i]] + 1} and {i + 1}); expected distinct names.");
            }
        }

        return names;
    }

    private void CheckSchema(CsvReadOptions options)
    {
        foreach (string name in options.Schema.Keys)
        {
            if (Array.IndexOf(Header, name) < 0)
            {
                throw UnknownColumn("the schema", name);
            }
        }
    }

    private int[] SelectColumns(IReadOnlyList<string>? columns)
    {
        if (columns is null)
        {
            return [.. Enumerable.Range(0, Header.Length)];
        }

        var selected = new int[columns.Count];
        for (int j = 0; j < selected.Length; j++)
        {
            selected[j] = Array.IndexOf(Header, columns[j]);
            if (selected[j] < 0)
            {
                throw UnknownColumn("the column subset (CsvReadOptions.Columns)", columns[j]);
            }

            if (Array.IndexOf(selected, selected[j], 0, j) >= 0)
            {
                throw new CsvFormatException(File, 1, selected[j] + 1, columns[j], $"the column subset (CsvReadOptions.Columns) names '{columns[j]}' twice; expected each column once.");
            }
        }

        return selected;
    }

    private CsvFormatException UnknownColumn(string where, string name) =>
        new(File, 1, null, name, $"{where} names the column '{name}', which the file does not have; the columns are {string.Join(", ", Header)}.");

    /// <summary>How a culture is named in messages.</summary>
    public static string CultureName(CultureInfo culture) => culture.Name.Length == 0 ? "invariant" : culture.Name;
}
