// TabularPreprocessor with derived columns: the schema stays the raw columns, the derived ones reach the
// ColumnTransformer as numeric features computed for every row (so raw rows predict directly), they are saved in
// the model file's "tabular.json" (version 2) and come back from it; a file of version 1 (without them) still
// loads, and a declaration naming an absent column is refused at Fit naming it.
using System.Text;
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Tests.Models.Saving;

namespace Dendrite.Tests.Data.Modeling;

public sealed class TabularDerivedColumnsTests
{
    private static readonly DerivedColumns s_derived = new([DerivedColumn.Ratio("IncomePerYear", "Income", "Age"), DerivedColumn.Difference("IncomeOverAge", "Income", "Age")]);

    [Fact]
    public void Derived_columns_are_features_but_not_part_of_the_raw_schema()
    {
        DataTable train = LoanTables.Create(60, seed: 3);
        ColumnTransformer features = ColumnTransformer.FromTable(s_derived.Transform(train.Drop("Status")), scaling: NumericScaling.None, addIndicator: false);

        TabularPreprocessor prep = TabularPreprocessor.Fit(train, "Status", features: features, derivedColumns: s_derived);

        Assert.Equal(["Income", "Age", "Home", "Married"], prep.FeatureColumns);
        Assert.Equal(["num__Income", "num__Age", "num__IncomePerYear", "num__IncomeOverAge"], prep.FeatureNames.Take(4));
        // LoanTables.Raw(): Income NaN, 85, 30, 55 and Age 40, NaN, 25, 61; missing cells take the training median.
        float[] x = prep.TransformFeatures(LoanTables.Raw()).ToArray();
        int width = prep.FeatureCount;
        Assert.Equal((float)(30.0 / 25), x[(2 * width) + 2]); // 1.2
        Assert.Equal(5f, x[(2 * width) + 3]);                 // 30 − 25
        Assert.Equal((float)(55.0 / 61), x[(3 * width) + 2]);
        Assert.Equal(-6f, x[(3 * width) + 3]);                // 55 − 61
        double median = double.Parse(((SimpleImputer)prep.Features.Entries[0].Steps[0]).StatisticsText[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((float)median, x[2]);                    // row 0: Income missing → the ratio is missing → imputed
    }

    [Fact]
    public void The_saved_model_carries_its_derived_columns_and_predicts_raw_rows_identically()
    {
        using var dir = new TempDirectory();
        DataTable train = LoanTables.Create(80, seed: 5);
        TabularModel model = TabularModelTests.Train(train, TabularPreprocessor.Fit(train, "Status", derivedColumns: s_derived), epochs: 3);
        model.Save(dir.File("derived.dendrite"));

        TabularModel loaded = TabularModel.Load(dir.File("derived.dendrite"));

        Assert.Equal(["IncomePerYear = Income / Age", "IncomeOverAge = Income − Age"], loaded.Preprocessing.DerivedColumns.Columns.Select(c => c.ToString()));
        Assert.Equal(model.Predict(LoanTables.Raw()).Probabilities!.ToArray(), loaded.Predict(LoanTables.Raw()).Probabilities!.ToArray());
        Assert.Equal(model.Evaluate(train)["loss"], loaded.Evaluate(train)["loss"], 6);
        string json = Encoding.UTF8.GetString(Attachment(dir.File("derived.dendrite")));
        Assert.Contains("\"version\": 2", json, StringComparison.Ordinal);
        Assert.Contains("{\n      \"name\": \"IncomePerYear\",\n      \"operation\": \"Ratio\",\n      \"left\": \"Income\",\n      \"right\": \"Age\"\n    }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_attachment_without_derived_columns_still_loads()
    {
        using var dir = new TempDirectory();
        DataTable train = LoanTables.Create(40, seed: 6);
        TabularModel model = TabularModelTests.Train(train, TabularPreprocessor.Fit(train, "Status"), epochs: 1);
        model.Save(dir.File("v2.dendrite"));
        string json = Encoding.UTF8.GetString(Attachment(dir.File("v2.dendrite")));
        string v1 = json.Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal).Replace("\"derived_columns\": [],", "", StringComparison.Ordinal);
        Assert.DoesNotContain("derived", v1, StringComparison.Ordinal);
        WithAttachment(dir.File("v2.dendrite"), dir.File("v1.dendrite"), v1);

        TabularModel loaded = TabularModel.Load(dir.File("v1.dendrite"));

        Assert.Empty(loaded.Preprocessing.DerivedColumns.Columns);
        Assert.Equal(model.Predict(LoanTables.Raw()).Labels, loaded.Predict(LoanTables.Raw()).Labels);
    }

    [Fact]
    public void A_derived_column_naming_an_absent_column_is_refused_at_fit_and_at_load()
    {
        DataTable train = LoanTables.Create(40, seed: 7);
        var unknown = new DerivedColumns([DerivedColumn.Ratio("DebtToIncome", "Debt", "Income")]);

        var error = Assert.Throws<PreprocessingException>(() => TabularPreprocessor.Fit(train, "Status", derivedColumns: unknown));

        Assert.Equal("Derived column 'DebtToIncome = Debt / Income' names the column 'Debt', which the rows lack; the columns are Income, Age, Home, Married.", error.Message);

        using var dir = new TempDirectory();
        TabularModel model = TabularModelTests.Train(train, TabularPreprocessor.Fit(train, "Status", derivedColumns: s_derived), epochs: 1);
        model.Save(dir.File("good.dendrite"));
        string json = Encoding.UTF8.GetString(Attachment(dir.File("good.dendrite")));
        WithAttachment(dir.File("good.dendrite"), dir.File("bad.dendrite"), json.Replace("\"left\": \"Income\"", "\"left\": \"Home\"", StringComparison.Ordinal));
        var bad = Assert.Throws<Dendrite.Models.Saving.ModelFileException>(() => TabularModel.Load(dir.File("bad.dendrite")));
        Assert.Equal(
            "attachment 'tabular.json' is not valid: its derived columns do not fit its feature columns: Derived column 'IncomePerYear = Home / Age' needs numeric operands, but 'Home' is a categorical column.",
            bad.Problem);
    }

    private static byte[] Attachment(string path) =>
        ModelFileCorruption.ReadEntries(File.ReadAllBytes(path)).Single(e => e.Key == "attachments/" + TabularModel.AttachmentName).Value;

    private static void WithAttachment(string from, string to, string json)
    {
        var entries = ModelFileCorruption.ReadEntries(File.ReadAllBytes(from));
        int a = entries.FindIndex(e => e.Key == "attachments/" + TabularModel.AttachmentName);
        entries[a] = new(entries[a].Key, Encoding.UTF8.GetBytes(json));
        File.WriteAllBytes(to, ModelFileCorruption.WriteEntries(entries, rehash: true));
    }
}
