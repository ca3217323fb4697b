// Reads CSV files into DataTables in two streaming passes over the file: the first infers each column's
// kind and counts the records (KindInference), the second parses every field straight into an exactly
// sized column buffer (ColumnBuilder). Nothing holds a row or the file's text, so reading needs about the
// size of the columns themselves (8 bytes + 1 mask byte per numeric cell, one reference per categorical
// cell) plus the parser's buffer. ReadBatches keeps even less: one batch of rows at a time.
using Dendrite.Data.Tables;

namespace Dendrite.Data.Csv;

/// <summary>Reads CSV files into typed <see cref="DataTable"/>s, inferring column kinds and keeping missing values missing.</summary>
public static class CsvFile
{
    /// <summary>Reads a whole CSV file into a table.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Header, separator, culture, missing tokens, schema and column subset; default <see cref="CsvReadOptions.Default"/>.</param>
    /// <returns>A table with one column per selected file column; a header-only file gives a table of 0 rows.</returns>
    /// <exception cref="CsvFormatException">The file is empty, a record's field count differs from the header's, a field cannot be read as its column's kind, the header has an empty or repeated name, or the schema or subset names a column the file lacks.</exception>
    public static DataTable Read(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CsvReadOptions.Default;
        var missing = MissingSet(options);
        ColumnKind[] kinds;
        int rows;
        using (var first = new CsvRecords(path, options))
        {
            (kinds, rows) = KindInference.Infer(first, options, missing);
        }

        using var records = new CsvRecords(path, options);
        ColumnBuilder[] builders = CreateBuilders(records, kinds, rows, options);
        int row = 0;
        while (row < rows && records.Read())
        {
            ParseRecord(records, builders, row++, missing);
        }

        return new DataTable(builders.Select(b => b.Build(row)), path);
    }

    /// <summary>Reads a CSV file as consecutive tables of at most <paramref name="batchRows"/> rows, all with the same columns and kinds.</summary>
    /// <remarks>The kinds are inferred over the whole file first (a streaming pass), so every batch has the same schema; only one batch is in memory at a time.</remarks>
    /// <param name="path">The file to read.</param>
    /// <param name="batchRows">The number of rows per table (the last may have fewer); at least 1.</param>
    /// <param name="options">As for <see cref="Read"/>; default <see cref="CsvReadOptions.Default"/>.</param>
    /// <returns>The batches, in file order; none for a header-only file.</returns>
    /// <exception cref="CsvFormatException">As for <see cref="Read"/>, thrown when the bad record is reached.</exception>
    public static IEnumerable<DataTable> ReadBatches(string path, int batchRows, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRows, 1);
        options ??= CsvReadOptions.Default;
        var missing = MissingSet(options);
        ColumnKind[] kinds;
        using (var first = new CsvRecords(path, options))
        {
            (kinds, _) = KindInference.Infer(first, options, missing);
        }

        return Batches(path, batchRows, options, kinds, missing);
    }

    /// <summary>The column kinds <see cref="Read"/> would give each selected column, from one streaming pass.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">As for <see cref="Read"/>; default <see cref="CsvReadOptions.Default"/>.</param>
    /// <returns>Column name → kind, in column order.</returns>
    /// <exception cref="CsvFormatException">As for <see cref="Read"/>, for the header and field counts.</exception>
    public static IReadOnlyList<KeyValuePair<string, ColumnKind>> InferSchema(string path, CsvReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= CsvReadOptions.Default;
        using var records = new CsvRecords(path, options);
        ColumnKind[] kinds = KindInference.Infer(records, options, MissingSet(options)).Kinds;
        return [.. records.Names.Select((n, j) => new KeyValuePair<string, ColumnKind>(n, kinds[j]))];
    }

    private static IEnumerable<DataTable> Batches(string path, int batchRows, CsvReadOptions options, ColumnKind[] kinds, HashSet<string> missing)
    {
        using var records = new CsvRecords(path, options);
        while (true)
        {
            ColumnBuilder[] builders = CreateBuilders(records, kinds, batchRows, options);
            int row = 0;
            while (row < batchRows && records.Read())
            {
                ParseRecord(records, builders, row++, missing);
            }

            if (row == 0)
            {
                yield break;
            }

            yield return new DataTable(builders.Select(b => b.Build(row)), path);
            if (row < batchRows)
            {
                yield break;
            }
        }
    }

    private static ColumnBuilder[] CreateBuilders(CsvRecords records, ColumnKind[] kinds, int rows, CsvReadOptions options) =>
        [.. records.Names.Select((name, j) => ColumnBuilder.Create(kinds[j], name, rows, options.Culture))];

    private static void ParseRecord(CsvRecords records, ColumnBuilder[] builders, int row, HashSet<string> missing)
    {
        for (int j = 0; j < builders.Length; j++)
        {
            string text = records.Field(j);
            if (text.Length == 0 || missing.Contains(text))
            {
                builders[j].SetMissing(row);
            }
            else if (builders[j].Set(row, text) is string problem)
            {
                throw new CsvFormatException(records.File, records.Line, records.FileColumn(j), records.Names[j], problem);
            }
        }
    }

    private static HashSet<string> MissingSet(CsvReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Culture);
        ArgumentNullException.ThrowIfNull(options.MissingTokens);
        ArgumentNullException.ThrowIfNull(options.Schema);
        return new HashSet<string>(options.MissingTokens, StringComparer.Ordinal);
    }
}
