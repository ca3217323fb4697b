using System.Globalization;
using Dendrite.Data.Csv;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Csv;

public class CsvFileTests
{
    [Fact]
    public void Infers_numeric_boolean_and_categorical_columns_and_keeps_missing_values_missing()
    {
        using var f = new TempCsv("age,member,city\n31,true,Oslo\n,FALSE,\n4.5e1,,Bergen\n");
        DataTable t = CsvFile.Read(f.Path);

        Assert.Equal(["age", "member", "city"], t.ColumnNames);
        Assert.Equal(3, t.RowCount);
        var age = Assert.IsType<NumericColumn>(t["age"]);
        Assert.Equal(31.0, age[0]);
        Assert.True(age.IsMissing(1));
        Assert.True(double.IsNaN(age[1]));
        Assert.Equal(45.0, age[2]);
        var member = Assert.IsType<BooleanColumn>(t["member"]);
        Assert.Equal([true, false, null], member.Values.ToArray());
        var city = Assert.IsType<CategoricalColumn>(t["city"]);
        Assert.Equal<string?[]>(["Oslo", null, "Bergen"], city.Values.ToArray());
        Assert.Equal(f.Path, t.Source);
    }

    [Fact]
    public void Missing_tokens_are_missing_and_other_text_is_a_category()
    {
        using var f = new TempCsv("x,y\nNA,a\n2,?\n3,NA\n");
        DataTable t = CsvFile.Read(f.Path, new CsvReadOptions { MissingTokens = ["NA", "?"] });

        Assert.Equal(ColumnKind.Numeric, t["x"].Kind);
        Assert.Equal(1, t["x"].MissingCount);
        Assert.Equal<string?[]>(["a", null, null], ((CategoricalColumn)t["y"]).Values.ToArray());

        // Without the tokens, "NA" is text: x becomes categorical rather than silently losing the value.
        Assert.Equal(ColumnKind.Categorical, CsvFile.Read(f.Path)["x"].Kind);
    }

    [Fact]
    public void Schema_overrides_inference_and_column_subset_selects_and_orders()
    {
        using var f = new TempCsv("id,flag,score\n1,1,0.5\n2,0,1.5\n");
        var options = new CsvReadOptions
        {
            Schema = new Dictionary<string, ColumnKind> { ["id"] = ColumnKind.Categorical, ["flag"] = ColumnKind.Boolean },
            Columns = ["score", "id", "flag"],
        };
        DataTable t = CsvFile.Read(f.Path, options);

        Assert.Equal(["score", "id", "flag"], t.ColumnNames);
        Assert.Equal<string?[]>(["1", "2"], ((CategoricalColumn)t["id"]).Values.ToArray());
        Assert.Equal([true, false], ((BooleanColumn)t["flag"]).Values.ToArray());
        Assert.Equal([0.5, 1.5], ((NumericColumn)t["score"]).Values.ToArray());
    }

    [Fact]
    public void Separator_culture_quotes_and_no_header()
    {
        // de-DE writes 1,5 for one and a half; ';' separates the fields; a quoted field may hold the separator.
        using var f = new TempCsv("1,5;\"Müller; Hans\"\n-2,25;x\n");
        var options = new CsvReadOptions { HasHeader = false, Separator = ';', Culture = CultureInfo.GetCultureInfo("de-DE") };
        DataTable t = CsvFile.Read(f.Path, options);

        Assert.Equal(["column_1", "column_2"], t.ColumnNames);
        Assert.Equal([1.5, -2.25], ((NumericColumn)t["column_1"]).Values.ToArray());
        Assert.Equal("Müller; Hans", ((CategoricalColumn)t["column_2"])[0]);
    }

    [Fact]
    public void Header_only_file_is_a_table_of_zero_rows_with_numeric_columns()
    {
        using var f = new TempCsv("a,b\n");
        DataTable t = CsvFile.Read(f.Path);

        Assert.Equal(0, t.RowCount);
        Assert.Equal(["a", "b"], t.ColumnNames);
        Assert.All(t.Columns, c => Assert.Equal(ColumnKind.Numeric, c.Kind));
    }

    [Fact]
    public void All_missing_column_is_numeric_and_all_missing()
    {
        using var f = new TempCsv("a,empty\n1,\n2,\n");
        DataTable t = CsvFile.Read(f.Path);

        Assert.Equal(ColumnKind.Numeric, t["empty"].Kind);
        Assert.Equal(2, t["empty"].MissingCount);
    }

    [Fact]
    public void Categorical_labels_are_interned_one_string_per_level()
    {
        using var f = new TempCsv("c\nrent\nrent\nown\nrent\n");
        var c = (CategoricalColumn)CsvFile.Read(f.Path)["c"];

        Assert.Same(c[0], c[1]);
        Assert.Same(c[0], c[3]);
        Assert.Equal(["own", "rent"], c.Levels());
    }

    [Fact]
    public void InferSchema_gives_the_kinds_in_column_order()
    {
        using var f = new TempCsv("n,b,c\n1,true,x\n");
        var schema = CsvFile.InferSchema(f.Path);

        Assert.Equal(["n", "b", "c"], schema.Select(p => p.Key));
        Assert.Equal([ColumnKind.Numeric, ColumnKind.Boolean, ColumnKind.Categorical], schema.Select(p => p.Value));
    }

    [Fact]
    public void Reads_the_bundled_credit_data_with_its_455_missing_cells()
    {
        // datasets/README.md (from shared/datasets/README.md): 4454 rows x 14 columns; missing Income 381, Assets 47,
        // Debt 18, Home 6, Job 2, Marital 1 = 455; categorical Status, Home, Marital, Records, Job.
        DataTable t = CsvFile.Read(BundledPaths.Dataset("credit_data.csv"));

        Assert.Equal(4454, t.RowCount);
        Assert.Equal(14, t.Columns.Count);
        Assert.Equal(455, t.Columns.Sum(c => c.MissingCount));
        Assert.Equal(381, t["Income"].MissingCount);
        Assert.Equal(["Status", "Home", "Marital", "Records", "Job"], t.Columns.Where(c => c.Kind == ColumnKind.Categorical).Select(c => c.Name));
    }
}
