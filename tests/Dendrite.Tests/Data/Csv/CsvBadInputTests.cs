// Issue 6, section 4 (data side): every bad file gives a CsvFormatException naming the file, line and column,
// what was expected and what was received.
using Dendrite.Data.Csv;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Csv;

public class CsvBadInputTests
{
    [Fact]
    public void Ragged_row_with_too_few_fields_names_line_and_missing_column()
    {
        using var f = new TempCsv("a,b,c\n1,2,3\n4,5\n");
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path));

        Assert.Equal((f.Path, 3, 3, "c"), (e.File, e.Line, e.Column, e.ColumnName));
        Assert.Equal($"'{f.Path}', line 3, column 3 'c': expected 3 fields as in the header, received 2 (column 3 'c' is missing).", e.Message);
    }

    [Fact]
    public void Ragged_row_with_too_many_fields_names_the_extra_column()
    {
        using var f = new TempCsv("a,b\n1,2\n\n3,4,5\n");
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path));

        // The blank line 3 is skipped but still counted: the bad record is on line 4.
        Assert.Equal((4, 3), (e.Line, e.Column));
        Assert.Contains("expected 2 fields as in the header, received 3", e.Message);
    }

    [Fact]
    public void Text_in_a_column_declared_numeric_names_line_column_expected_and_received()
    {
        using var f = new TempCsv("id,income\n1,1200\n2,n/a\n");
        var options = new CsvReadOptions { Schema = new Dictionary<string, ColumnKind> { ["income"] = ColumnKind.Numeric } };
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path, options));

        Assert.Equal((f.Path, 3, 2, "income"), (e.File, e.Line, e.Column, e.ColumnName));
        Assert.Equal($"'{f.Path}', line 3, column 2 'income': expected a number (invariant culture), received 'n/a'; declare the column categorical in CsvReadOptions.Schema if it holds text.", e.Message);
    }

    [Fact]
    public void Text_in_a_column_declared_boolean_is_an_error()
    {
        using var f = new TempCsv("ok\nyes\nmaybe\n");
        var options = new CsvReadOptions { Schema = new Dictionary<string, ColumnKind> { ["ok"] = ColumnKind.Boolean } };
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path, options));

        Assert.Equal((3, 1), (e.Line, e.Column));
        Assert.EndsWith("expected true/false, yes/no or 1/0, received 'maybe'.", e.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("inf")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void NaN_and_infinity_texts_in_a_numeric_column_are_errors_suggesting_a_missing_token(string text)
    {
        using var f = new TempCsv($"x,y\n1,a\n2,b\n{text},c\n");
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path));

        Assert.Equal((4, 1, "x"), (e.Line, e.Column, e.ColumnName));
        Assert.EndsWith($"received '{text}', which is not a finite number; if it marks a missing value, add \"{text}\" to CsvReadOptions.MissingTokens.", e.Message);
    }

    [Fact]
    public void NaN_declared_as_missing_token_is_missing()
    {
        using var f = new TempCsv("x\n1\nNaN\n");
        DataTable t = CsvFile.Read(f.Path, new CsvReadOptions { MissingTokens = ["NaN"] });

        Assert.Equal(1, t["x"].MissingCount);
    }

    [Fact]
    public void Empty_file_is_an_error_at_line_1()
    {
        using var f = new TempCsv("");
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path));

        Assert.Equal((f.Path, 1, null), (e.File, e.Line, e.Column));
        Assert.Equal($"'{f.Path}', line 1: the file is empty; expected a header row.", e.Message);
    }

    [Fact]
    public void Duplicate_header_names_are_an_error()
    {
        using var f = new TempCsv("a,b,a\n1,2,3\n");
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path));

        Assert.Equal((1, 3, "a"), (e.Line, e.Column, e.ColumnName));
        Assert.Contains("the column name 'a' appears twice in the header (columns 1 and 3)", e.Message);
    }

    [Fact]
    public void Unknown_columns_in_schema_or_subset_are_errors_listing_the_columns()
    {
        using var f = new TempCsv("a,b\n1,2\n");
        var schema = new CsvReadOptions { Schema = new Dictionary<string, ColumnKind> { ["target"] = ColumnKind.Categorical } };
        var e1 = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path, schema));
        var e2 = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path, new CsvReadOptions { Columns = ["a", "B"] }));

        Assert.Equal($"'{f.Path}', line 1: the schema names the column 'target', which the file does not have; the columns are a, b.", e1.Message);
        Assert.Equal("B", e2.ColumnName);
        Assert.Contains("the column subset (CsvReadOptions.Columns) names the column 'B'", e2.Message);
    }

    [Fact]
    public void A_target_column_that_does_not_exist_names_the_file_and_the_columns()
    {
        using var f = new TempCsv("a,b\n1,2\n");
        DataTable t = CsvFile.Read(f.Path);
        var e = Assert.Throws<KeyNotFoundException>(() => t["Status"]);

        Assert.Equal($"'{f.Path}': there is no column 'Status'; the columns are a, b.", e.Message);
    }

    [Fact]
    public void Bad_quoting_is_reported_with_file_and_line()
    {
        using var f = new TempCsv("a,b\n1,2\n3,x\"y\n");
        var e = Assert.Throws<CsvFormatException>(() => CsvFile.Read(f.Path));

        Assert.Equal((f.Path, 3, 2, "b"), (e.File, e.Line, e.Column, e.ColumnName));
        Assert.EndsWith("received the badly quoted field x\"y; expected a field without quotes, or one wholly in quotes with inner quotes doubled (RFC 4180).", e.Message);
    }
}
