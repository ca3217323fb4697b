// The reader streams: it parses fields straight into exactly sized column buffers (two passes over the file),
// so what it keeps is the column data and what it allocates in passing is the parser's short-lived field
// strings. Both are counted here (GC byte counts, not timings) on a generated file of a few MB.
using System.Globalization;
using System.Text;
using Dendrite.Data.Csv;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Csv;

/// <summary>Runs alone: the retained-bytes count (GC.GetTotalMemory) is process-wide, so parallel tests would disturb it.</summary>
[CollectionDefinition(nameof(CsvStreamingTests), DisableParallelization = true)]
public sealed class CsvStreamingCollection;

[Collection(nameof(CsvStreamingTests))]
public class CsvStreamingTests
{
    private const int Rows = 100_000;

    [Fact]
    public void Reading_allocates_a_small_multiple_of_the_column_data_and_keeps_about_the_column_data()
    {
        using var f = new TempCsv(Generate(Rows));
        long fileBytes = new FileInfo(f.Path).Length;

        // Column data: 3 numeric columns × (8-byte double + 1-byte mask) + 1 categorical column × 8-byte reference.
        long columnBytes = Rows * ((3 * 9) + 8);
        using (var warmUp = new TempCsv(Generate(10)))
        {
            CsvFile.Read(warmUp.Path); // JIT and CsvHelper's statics, so that only reading is counted below
        }

        GC.Collect();
        long retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        DataTable table = CsvFile.Read(f.Path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;

        Assert.Equal(Rows, table.RowCount);
        Assert.True(fileBytes > 2_000_000, $"the file has {fileBytes} bytes");

        // Passing allocations: one short string per numeric field in each of the two passes (~40 bytes each),
        // one per categorical field in the second pass, the parser's buffers: about 8× the column data.
        Assert.True(allocated < 10 * columnBytes, $"allocated {allocated} bytes for {columnBytes} bytes of columns");

        // What stays: the column arrays, 3 interned labels and the table objects.
        Assert.True(retained < (columnBytes * 11 / 10) + 200_000, $"retained {retained} bytes for {columnBytes} bytes of columns");
        GC.KeepAlive(table);
    }

    [Fact]
    public void ReadBatches_yields_fixed_schema_tables_that_concatenate_to_the_whole_file()
    {
        // The text column turns categorical only on row 7, after the first batch: the schema still holds in every batch.
        var text = new StringBuilder("x,label,flag\n");
        for (int i = 0; i < 10; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i},{(i == 6 ? "b" : "7")},{(i % 2 == 0 ? "true" : "")}\n");
        }

        using var f = new TempCsv(text.ToString());
        List<DataTable> batches = [.. CsvFile.ReadBatches(f.Path, batchRows: 4)];

        Assert.Equal([4, 4, 2], batches.Select(b => b.RowCount));
        Assert.All(batches, b => Assert.Equal(
            [ColumnKind.Numeric, ColumnKind.Categorical, ColumnKind.Boolean], b.Columns.Select(c => c.Kind)));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (double)i), batches.SelectMany(b => ((NumericColumn)b["x"]).Values.ToArray()));
        Assert.Equal("b", ((CategoricalColumn)batches[1]["label"])[2]);
        Assert.Equal(5, batches.Sum(b => b["flag"].MissingCount));
    }

    [Fact]
    public void ReadBatches_of_a_header_only_file_yields_nothing_and_reports_bad_rows_when_reached()
    {
        using var empty = new TempCsv("a,b\n");
        using var ragged = new TempCsv("a,b\n1,2\n3,4\n5\n");

        Assert.Empty(CsvFile.ReadBatches(empty.Path, 8));
        Assert.Equal(4, Assert.Throws<CsvFormatException>(() => CsvFile.ReadBatches(ragged.Path, 1).ToList()).Line);
    }

    private static string Generate(int rows)
    {
        var rng = new Dendrite.Tensors.RandomGenerator(7);
        string[] homes = ["rent", "owner", "parents"];
        var text = new StringBuilder("income,debt,age,home\n");
        for (int i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{rng.Uniform(0, 9999):F2},{rng.NextInt(5000)},{rng.Uniform(18, 90):F1},{homes[rng.NextInt(3)]}\n");
        }

        return text.ToString();
    }
}
