// `dendrite train` writes the test-set plots into its run folder (confusion matrix, ROC and precision-recall for
// classification, predicted-vs-actual and residuals for regression) and reports binary metrics for the class
// --positive names (by default the second in sorted order, printed).
using System.Text.Json;
using Dendrite.Cli;
using Dendrite.Tests.Data;

namespace Dendrite.Tests.Cli;

public class CliTrainPlotsTests
{
    private static readonly byte[] s_pngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("label", null, new[] { "confusion_matrix.png", "roc_curve.png", "precision_recall.png" })]
    [InlineData("label", "no", new[] { "confusion_matrix.png", "roc_curve.png", "precision_recall.png" })]
    [InlineData("kind", null, new[] { "confusion_matrix.png", "roc_curve.png", "precision_recall.png" })]
    [InlineData("amount", null, new[] { "predicted_vs_actual.png", "residuals.png" })]
    public void Train_writes_the_evaluation_plots_as_pngs(string target, string? positive, string[] plots)
    {
        using var csv = new TempCsv(CliHarness.Table());
        string[] args = ["train", csv.Path, "--target", target, "--epochs", "5", "--hidden", "8", "--patience", "0", "--out", csv.Directory];
        CliResult result = CliHarness.Run(positive is null ? args : [.. args, "--positive", positive]);

        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        string run = Directory.GetDirectories(csv.Directory, "data-*").Single();
        foreach (string plot in plots)
        {
            Assert.Equal(s_pngSignature, File.ReadAllBytes(Path.Combine(run, plot)).Take(8));
            Assert.Contains(plot, result.Output);
        }
    }

    [Fact]
    public void Positive_names_the_class_of_the_binary_metrics()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        CliResult result = CliHarness.Run("train", csv.Path, "--target", "label", "--epochs", "20", "--hidden", "8", "--learning-rate", "0.05", "--patience", "0", "--positive", "no", "--out", csv.Directory);

        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        Assert.Contains("Positive class: no (--positive)", result.Output);
        Assert.Contains("precision (no)", result.Output);
        Assert.DoesNotContain("precision (yes)", result.Output);
        string run = Directory.GetDirectories(csv.Directory, "data-*").Single();
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "metrics.json")));
        Assert.Equal("no", metrics.RootElement.GetProperty("positive_class").GetString());
        JsonElement test = metrics.RootElement.GetProperty("test");
        Assert.True(test.GetProperty("roc_auc").GetDouble() >= 0.9, result.Output); // separable by x, so "no" ranks well too
        Assert.True(test.GetProperty("recall (no)").GetDouble() > 0.5, result.Output);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no")]
    public void The_confusion_matrix_png_draws_the_printed_matrix_in_class_order(string? positive)
    {
        // Whichever class is positive, the picture shows the matrix the table printed and metrics.json holds:
        // rows and columns in sorted class order (no, yes), not swapped to put the positive class last.
        using var csv = new TempCsv(CliHarness.LabelTable());
        string[] args = ["train", csv.Path, "--target", "label", "--epochs", "5", "--hidden", "8", "--patience", "0", "--out", csv.Directory];
        CliResult result = CliHarness.Run(positive is null ? args : [.. args, "--positive", positive]);

        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        string run = Directory.GetDirectories(csv.Directory, "data-*").Single();
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "metrics.json")));
        JsonElement rows = metrics.RootElement.GetProperty("confusion_matrix");
        var counts = new int[2, 2];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                counts[i, j] = rows[i][j].GetInt32();
            }
        }

        string expected = Dendrite.Plots.ConfusionMatrixPlot.Save(counts, Path.Combine(csv.Directory, "expected.png"), ["no", "yes"]);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(Path.Combine(run, "confusion_matrix.png")));
        string table = result.Output[result.Output.IndexOf("Confusion matrix", StringComparison.Ordinal)..];
        Assert.Matches(@"true \\ predicted\s+no\s+yes", table);
        Assert.Matches($@"\n\s*no\s+{counts[0, 0]}\s+{counts[0, 1]}\s", table);
    }

    [Fact]
    public void Positive_must_be_a_class_of_a_binary_target()
    {
        using var csv = new TempCsv(CliHarness.Table());

        CliResult unknown = CliHarness.Run("train", csv.Path, "--target", "label", "--epochs", "1", "--positive", "maybe", "--out", csv.Directory);
        Assert.Equal(DendriteCli.DataError, unknown.ExitCode);
        Assert.Contains("--positive 'maybe' is not a class of target 'label'", unknown.Error);
        Assert.Contains("its classes are no, yes", unknown.Error);

        CliResult regression = CliHarness.Run("train", csv.Path, "--target", "amount", "--epochs", "1", "--positive", "yes", "--out", csv.Directory);
        Assert.Equal(DendriteCli.UsageError, regression.ExitCode);
        Assert.Contains("--positive applies to binary targets; this is a regression task.", regression.Error);
    }
}
