// Each dendrite command run in-process on small seeded tables: what it prints, the exit code, and the files it writes.
using System.Text.Json;
using Dendrite.Cli;
using Dendrite.Tests.Data;

namespace Dendrite.Tests.Cli;

public class CliCommandTests
{
    [Theory]
    [InlineData("describe")]
    [InlineData("train")]
    [InlineData("evaluate")]
    [InlineData("predict")]
    [InlineData("summary")]
    [InlineData("export")]
    public void Help_EveryCommandDescribesItsUsage(string command)
    {
        CliResult result = CliHarness.Run(command, "--help");
        Assert.Equal(DendriteCli.Success, result.ExitCode);
        Assert.Contains($"dendrite {command}", result.Output);
        Assert.Contains("--verbose", result.Output);
    }

    [Fact]
    public void Describe_PrintsStatisticsLevelsMissingValuesBalanceAndCorrelations()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        CliResult result = CliHarness.Run("describe", csv.Path, "--target", "label");
        Assert.Equal(DendriteCli.Success, result.ExitCode);
        Assert.Contains("120 rows, 4 columns", result.Output);
        Assert.Matches(@"\n\s+x\s+120\s+0\s+", result.Output);                 // numeric table: count 120, missing 0
        Assert.Matches(@"\n\s+color\s+categorical\s+119\s+1\s+3\s+", result.Output); // 1 missing, 3 levels
        Assert.Contains("1 missing cells in 1 rows.", result.Output);
        Assert.Matches(@"\n\s+no\s+61\s+50\.8%", result.Output);                // x = k/60 − 1 > 0 for k = 61 … 119: 59 yes, 61 no
        Assert.Matches(@"\n\s+x\s+\+0\.8\d\d\s+120", result.Output);          // label = [x > 0], x uniform: r ≈ √3/2 = 0.866
    }

    [Fact]
    public void Train_WritesARunFolderWithModelMetricsAndHistory()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        CliResult result = CliHarness.Run("train", csv.Path, "--target", "label", "--epochs", "30", "--hidden", "8", "--learning-rate", "0.05", "--out", csv.Directory);
        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        Assert.Contains("Target label: binary (classes no, yes), inferred", result.Output);
        Assert.Contains("Split: 96 training rows, 24 test rows (seed 42, stratified)", result.Output);
        Assert.Contains("3 columns → 5 features", result.Output); // x, size, color one-hot (3); no indicator: no number is missing
        Assert.Contains("Epoch 1/30", result.Output);
        string run = Directory.GetDirectories(csv.Directory, "data-*").Single();
        Assert.Contains($"Run folder: {run} (model.dendrite, metrics.json, history.csv, learning_curves.png, weights.png, confusion_matrix.png, roc_curve.png, precision_recall.png, tensorboard/)", result.Output);
        Assert.Contains("Positive class: yes (the second class in sorted order; choose another with --positive)", result.Output);
        Assert.True(File.Exists(Path.Combine(run, "model.dendrite")));
        Assert.Equal(0x89, File.ReadAllBytes(Path.Combine(run, "learning_curves.png"))[0]); // the PNG signature's first byte
        Assert.Single(Directory.GetFiles(Path.Combine(run, "tensorboard", "train"), "events.out.tfevents.*"));
        using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "metrics.json")));
        Assert.Equal("binary", metrics.RootElement.GetProperty("task").GetString());
        Assert.True(metrics.RootElement.GetProperty("test").GetProperty("accuracy").GetDouble() >= 0.9, result.Output); // separable by x
        Assert.Equal(metrics.RootElement.GetProperty("epochs").GetInt32() + 1, File.ReadAllLines(Path.Combine(run, "history.csv")).Length);
    }

    [Theory]
    [InlineData("kind", "multiclass (classes high, low, mid)", "f1 (macro avg)")]
    [InlineData("amount", "regression", "rmse")]
    public void Train_InfersTheTaskFromTheTarget(string target, string task, string metric)
    {
        using var csv = new TempCsv(CliHarness.Table());
        CliResult result = CliHarness.Run("train", csv.Path, "--target", target, "--epochs", "2", "--hidden", "4", "--out", csv.Directory);
        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        Assert.Contains($"Target {target}: {task}, inferred", result.Output);
        Assert.Contains(metric, result.Output);
    }

    [Fact]
    public void Train_SeveralTwoClassTargetsAreMultilabel()
    {
        using var csv = new TempCsv("a,b,y1,y2\n" + string.Concat(Enumerable.Range(0, 40).Select(r => $"{r % 7},{r % 5},{(r % 2 == 0 ? "p" : "q")},{(r % 3 == 0)}\n")));
        CliResult result = CliHarness.Run("train", csv.Path, "--target", "y1,y2", "--epochs", "2", "--hidden", "4", "--out", csv.Directory);
        Assert.True(result.ExitCode == DendriteCli.Success, result.ToString());
        Assert.Contains("Target y1, y2: multilabel, inferred", result.Output);
        Assert.Contains("exact_match", result.Output);
    }

    [Fact]
    public void EvaluatePredictAndSummary_UseTheSavedModelOnRawRows()
    {
        using var csv = new TempCsv(CliHarness.LabelTable());
        string model = CliHarness.TrainSmallModel(csv);

        CliResult evaluated = CliHarness.Run("evaluate", model, csv.Path);
        Assert.True(evaluated.ExitCode == DendriteCli.Success, evaluated.ToString());
        Assert.Matches(@"\n\s+accuracy\s+(0\.9\d{3}|1\.0000)\s", evaluated.Output);
        Assert.Contains("roc_auc", evaluated.Output);

        string outFile = Path.Combine(csv.Directory, "predictions.csv");
        CliResult predicted = CliHarness.Run("predict", model, csv.Path, "--out", outFile);
        Assert.True(predicted.ExitCode == DendriteCli.Success, predicted.ToString());
        Assert.Contains($"Wrote 120 predictions of label to {outFile}", predicted.Output);
        string[] lines = File.ReadAllLines(outFile);
        Assert.Equal("predicted_label,probability_no,probability_yes", lines[0]);
        Assert.Equal(121, lines.Length);
        Assert.Empty(Directory.GetFiles(csv.Directory, "*.tmp")); // the temporary file was renamed over the target

        CliResult toStdout = CliHarness.Run("predict", model, csv.Path);
        Assert.Equal(string.Join('\n', lines) + "\n", toStdout.Output);

        CliResult summary = CliHarness.Run("summary", model);
        Assert.True(summary.ExitCode == DendriteCli.Success, summary.ToString());
        Assert.Contains("Total params: 57", summary.Output); // 5·8 + 8 + 8·1 + 1
        Assert.Matches(@"\n\s+task\s+binary\s", summary.Output);
        Assert.Matches(@"\n\s+color\s+categorical\s", summary.Output);
    }
}
