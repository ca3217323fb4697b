// A TabularModel exported with its preprocessing as one ONNX graph and run by ONNX Runtime on raw rows of the
// bundled credit_data.csv (4,454 loans: text categories, missing numeric and categorical cells) with unseen
// categories written into some rows: the probabilities match TabularModel.Predict within 1e-5 and the labels are
// equal — for the automatic preprocessing (median imputation with missing indicators, standard scaling, one-hot
// with unknowns ignored) after training, for the other scalers and the infrequent-category grouping, and for a
// multiclass model (penguins.csv); unsupported settings are refused naming the setting.
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;
using Dendrite.Tests.Data;
using Dendrite.Tests.Data.Modeling;
using Dendrite.Tests.Models.Saving;

namespace Dendrite.Tests.Onnx;

public class OnnxTabularExportTests
{
    [Fact]
    public void TrainedCreditModel_OnRawRowsWithMissingAndUnseenCategories_MatchesPredict()
    {
        DataTable data = CsvFile.Read(BundledPaths.Dataset("credit_data.csv"));
        DataTable train = data.Take([.. Enumerable.Range(0, data.RowCount).Where(r => r % 5 != 0)]);
        TabularPreprocessor prep = TabularPreprocessor.Fit(train, "Status");
        TabularModel model = TabularModelTests.Train(train, prep, epochs: 2);
        DataTable rows = WithUnseenCategories(data.Drop("Status"));
        Assert.True(rows.Columns.Sum(c => c.MissingCount) > 400, "rows with missing cells");

        using var dir = new TempDirectory();
        model.ExportOnnx(dir.File("credit.onnx"));
        AssertMatches(model, File.ReadAllBytes(dir.File("credit.onnx")), rows);
    }

    [Theory]
    [InlineData(NumericScaling.MinMax, HandleUnknown.Ignore, null, null)]
    [InlineData(NumericScaling.Robust, HandleUnknown.InfrequentIfExist, 200.0, null)] // rare homes and jobs share a column; unseen → it
    [InlineData(NumericScaling.None, HandleUnknown.Ignore, 0.05, 3)]
    [InlineData(NumericScaling.Standard, HandleUnknown.InfrequentIfExist, null, 2)]
    public void OtherScalersAndInfrequentCategories_MatchPredict(NumericScaling scaling, HandleUnknown handleUnknown, double? minFrequency, int? maxCategories)
    {
        DataTable data = CsvFile.Read(BundledPaths.Dataset("credit_data.csv"));
        ColumnTransformer features = ColumnTransformer.FromTable(data, exclude: ["Status"], scaling: scaling, handleUnknown: handleUnknown, minFrequency: minFrequency, maxCategories: maxCategories);
        TabularPreprocessor prep = TabularPreprocessor.Fit(data, "Status", features: features);
        Assert.Equal(minFrequency is not null || maxCategories is not null, prep.FeatureNames.Any(f => f.EndsWith("_infrequent", StringComparison.Ordinal)));
        var model = new TabularModel(prep, Network(prep, Activation.Sigmoid));

        AssertMatches(model, model.ToOnnx(), WithUnseenCategories(data.Drop("Status")).Take([.. Enumerable.Range(0, 1200)]));
    }

    [Fact]
    public void MulticlassPenguins_MatchesPredictWithLabels()
    {
        DataTable data = CsvFile.Read(BundledPaths.Dataset("penguins.csv"));
        TabularPreprocessor prep = TabularPreprocessor.Fit(data, "species");
        Assert.Equal(TabularTask.Multiclass, prep.Task);
        var model = new TabularModel(prep, Network(prep, Activation.Softmax));
        DataTable rows = data.Drop("species").Take([.. Enumerable.Range(0, 3 * data.RowCount).Select(r => r % data.RowCount)]); // 344 rows, three times

        AssertMatches(model, model.ToOnnx(opset: 21), rows);
    }

    [Fact]
    public void AnEncoderThatRejectsUnknownCategories_IsRefusedNamingIt()
    {
        DataTable data = CsvFile.Read(BundledPaths.Dataset("credit_data.csv"));
        ColumnTransformer features = ColumnTransformer.FromTable(data, exclude: ["Status"], handleUnknown: HandleUnknown.Error);
        TabularPreprocessor prep = TabularPreprocessor.Fit(data, "Status", features: features);
        var model = new TabularModel(prep, Network(prep, Activation.Sigmoid));

        var error = Assert.Throws<NotSupportedException>(() => model.ToOnnx());

        Assert.StartsWith("ONNX export of entry 'cat': OneHotEncoder with handleUnknown Error cannot be exported", error.Message, StringComparison.Ordinal);
    }

    private static Model Network(TabularPreprocessor prep, Activation output) => new Sequential(
        [new Input(new Shape(prep.FeatureCount)), new Dense(8, Activation.Relu), new Dense(prep.OutputUnits, output)], seed: 91);

    private static void AssertMatches(TabularModel model, byte[] onnx, DataTable rows)
    {
        Assert.True(rows.RowCount >= 1000);
        TabularPredictions expected = model.Predict(rows, batchSize: 500);
        Dictionary<string, object> actual = TabularOnnxRuntime.Run(onnx, model.Preprocessing, rows);

        float[] want = expected.Probabilities!.ToArray(), got = (float[])actual["probabilities"];
        Assert.Equal(want.Length, got.Length);
        double worst = want.Zip(got, (a, b) => Math.Abs((double)a - b)).Max();
        Assert.True(worst <= OnnxRuntimeCheck.Tolerance, $"max |ONNX Runtime − Predict| = {worst:G3}");
        Assert.Equal(expected.Labels, (string[])actual["label"]);
    }

    /// <summary>Unseen categories in every 7th row's Home and every 11th row's Job.</summary>
    private static DataTable WithUnseenCategories(DataTable rows)
    {
        string?[] home = ((CategoricalColumn)rows["Home"]).Values.ToArray(), job = ((CategoricalColumn)rows["Job"]).Values.ToArray();
        for (int r = 0; r < home.Length; r++)
        {
            home[r] = r % 7 == 3 ? "castle" : home[r];
            job[r] = r % 11 == 5 ? "astronaut" : job[r];
        }

        return rows.With(new CategoricalColumn("Home", home)).With(new CategoricalColumn("Job", job));
    }
}
