// `dendrite export`: ONNX of a model trained by `dendrite train` (preprocessing included, raw CSV columns in) run by
// ONNX Runtime against `dendrite predict`; the TensorFlow.js folder of a tabular model (network + tabular.json) and
// of a plain saved Model; and the errors: a corrupt or missing model file (exit 2, naming it), a bad format (exit 1).
using System.Globalization;
using Dendrite.Cli;
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Tests.Data;
using Dendrite.Tests.Onnx;

namespace Dendrite.Tests.Cli;

public class CliExportTests
{
    [Fact]
    public void Onnx_of_a_trained_credit_model_predicts_in_onnx_runtime_what_dendrite_predict_prints()
    {
        using var csv = new TempCsv(File.ReadAllText(BundledPaths.Dataset("credit_data.csv")), "credit_data.csv");
        CliResult trained = CliHarness.Run("train", csv.Path, "--target", "Status", "--epochs", "2", "--hidden", "8", "--patience", "0", "--out", csv.Directory);
        Assert.True(trained.ExitCode == DendriteCli.Success, trained.ToString());
        string model = Directory.GetFiles(csv.Directory, "model.dendrite", SearchOption.AllDirectories).Single();
        string onnx = Path.Combine(csv.Directory, "exported", "credit.onnx");

        CliResult exported = CliHarness.Run("export", model, "--format", "onnx", "--out", onnx);
        Assert.True(exported.ExitCode == DendriteCli.Success, exported.ToString());
        Assert.Contains($"Wrote {onnx}: ONNX (opset 17) with the preprocessing; inputs are the raw columns Seniority, Home, ", exported.Output);

        string predictions = Path.Combine(csv.Directory, "predictions.csv");
        Assert.Equal(DendriteCli.Success, CliHarness.Run("predict", model, csv.Path, "--out", predictions).ExitCode);
        string[] lines = File.ReadAllLines(predictions);
        Assert.Equal("predicted_Status,probability_bad,probability_good", lines[0]);
        DataTable rows = CsvFile.Read(csv.Path);
        var results = TabularOnnxRuntime.Run(File.ReadAllBytes(onnx), TabularModel.Load(model).Preprocessing, rows);
        float[] probabilities = (float[])results["probabilities"];
        string[] labels = (string[])results["label"];
        Assert.Equal(rows.RowCount, lines.Length - 1);
        double worst = 0;
        for (int r = 0; r < rows.RowCount; r++)
        {
            string[] fields = lines[r + 1].Split(',');
            worst = Math.Max(worst, Math.Abs(double.Parse(fields[1], CultureInfo.InvariantCulture) - probabilities[2 * r]));
            worst = Math.Max(worst, Math.Abs(double.Parse(fields[2], CultureInfo.InvariantCulture) - probabilities[(2 * r) + 1]));
            Assert.Equal(fields[0], labels[r]);
        }

        Assert.True(worst <= 1e-5, $"max |ONNX Runtime − dendrite predict| = {worst:G3} over {rows.RowCount} rows");
    }

    [Fact]
    public void Tfjs_of_a_tabular_model_writes_the_network_and_its_preprocessing_beside_it()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        string model = CliHarness.TrainSmallModel(csv);
        string folder = Path.Combine(csv.Directory, "web");

        CliResult exported = CliHarness.Run("export", model, "--format", "tfjs", "--out", folder);

        Assert.True(exported.ExitCode == DendriteCli.Success, exported.ToString());
        Assert.Contains("the TensorFlow.js format cannot hold the preprocessing, so the network takes the 5 preprocessed features", exported.Output);
        TabularModel original = TabularModel.Load(model);
        Assert.Equal(original.Model.Attachments.TryGet(TabularModel.AttachmentName, out ReadOnlyMemory<byte> json) ? json.ToArray() : null, File.ReadAllBytes(Path.Combine(folder, "tabular.json")));
        Model network = Model.LoadTfjs(folder);
        DataTable rows = CsvFile.Read(csv.Path);
        Tensor features = original.Preprocessing.TransformFeatures(rows);
        Assert.Equal(original.Model.Call(features).ToArray(), network.Call(features).ToArray());
    }

    [Fact]
    public void A_plain_saved_model_exports_to_both_formats()
    {
        using var csv = new TempCsv("unused\n1\n");
        string path = Path.Combine(csv.Directory, "plain.dendrite");
        var model = new Sequential([new Input(new Shape(3), name: "features"), new Dense(4, Activation.Tanh), new Dense(2, name: "scores")], seed: 3);
        model.Save(path);

        CliResult onnx = CliHarness.Run("export", path, "--format", "onnx", "--out", Path.Combine(csv.Directory, "plain.onnx"));
        Assert.True(onnx.ExitCode == DendriteCli.Success, onnx.ToString());
        Assert.Contains("ONNX (opset 17) of the network; inputs features; outputs scores.", onnx.Output);
        Assert.True(new FileInfo(Path.Combine(csv.Directory, "plain.onnx")).Length > 0);

        CliResult tfjs = CliHarness.Run("export", path, "-f", "tfjs", "-o", Path.Combine(csv.Directory, "plain-tfjs"));
        Assert.True(tfjs.ExitCode == DendriteCli.Success, tfjs.ToString());
        Assert.DoesNotContain("preprocessing", tfjs.Output);
        Assert.Equal(["group1-shard1of1.bin", "model.json"], Directory.GetFiles(Path.Combine(csv.Directory, "plain-tfjs")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_corrupt_or_missing_model_file_exits_2_naming_it()
    {
        using var csv = new TempCsv("unused\n1\n");
        string corrupt = Path.Combine(csv.Directory, "corrupt.dendrite");
        File.WriteAllText(corrupt, "this is not a model");

        CliResult result = CliHarness.Run("export", corrupt, "--format", "onnx", "--out", Path.Combine(csv.Directory, "out.onnx"));
        Assert.Equal(DendriteCli.DataError, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains(corrupt, result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(Path.Combine(csv.Directory, "out.onnx")));

        string missing = Path.Combine(csv.Directory, "missing.dendrite");
        CliResult absent = CliHarness.Run("export", missing, "--format", "tfjs", "--out", Path.Combine(csv.Directory, "web"));
        Assert.Equal(DendriteCli.DataError, absent.ExitCode);
        Assert.Contains($"'{missing}': no such model file.", absent.Error);
    }

    [Fact]
    public void A_layer_the_format_cannot_hold_exits_2_naming_the_file_and_the_layer()
    {
        using var csv = new TempCsv("unused\n1\n");
        string path = Path.Combine(csv.Directory, "gru.dendrite");
        new Sequential([new Input(new Shape(4, 2)), new GRU(3, name: "gru")], seed: 4).Save(path);

        CliResult result = CliHarness.Run("export", path, "--format", "tfjs", "--out", Path.Combine(csv.Directory, "web"));

        Assert.Equal(DendriteCli.DataError, result.ExitCode);
        Assert.Contains($"error: '{path}' cannot be exported: GRU 'gru' has resetAfter true", result.Error);
    }

    [Theory]
    [InlineData("--format", "keras")]
    [InlineData("--out", "x")]
    public void An_unknown_format_or_a_missing_option_is_a_usage_error(string option, string value)
    {
        CliResult result = CliHarness.Run("export", "model.dendrite", option, value);

        Assert.Equal(DendriteCli.UsageError, result.ExitCode);
        Assert.Contains("Run 'dendrite export --help' for usage.", result.Error);
        if (option == "--format")
        {
            Assert.Contains("'keras'", result.Error);
        }
    }
}
