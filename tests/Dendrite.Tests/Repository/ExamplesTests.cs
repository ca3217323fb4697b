// Runs each example's built program as a real process (`dotnet examples/<Name>/bin/<Configuration>/net10.0/<Name>.dll`,
// built by the solution build in the test assembly's own configuration) in a fresh temporary working folder, and
// checks what it prints: the results must reach floors that the seeded runs clear with margin (each floor's comment
// gives the value the run prints), and the run folder it announces must hold history.csv (for the examples that train
// with Fit) and metrics.json; the PNG plots it holds are listed for the tests that check them.
// Child processes run in .NET's invariant globalization mode, so numbers print with '.' whatever the machine's culture.
// The processes run one after another (one test class = one xunit collection, run sequentially); there is a
// generous timeout against a hung process but no timing assertion.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Repository;

[Collection(nameof(ExamplesTests))]
[CollectionDefinition(nameof(ExamplesTests), DisableParallelization = true)]
public class ExamplesTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void Iris_PrintsItsTestAccuracy()
    {
        ExampleRun run = Run("Iris");
        Assert.True(run.Number("Test accuracy") >= 0.9, run.Output); // prints 0.9333 (README.md)
        Assert.Contains("test_accuracy", run.Metrics.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void LoanDefault_ExploresTrainsAndSavesAModelThatPredictsRawRows()
    {
        ExampleRun run = Run("LoanDefault", inspectRunFolder: runDir =>
        {
            // The saved TabularModel carries its preprocessing and derived columns: raw CSV rows (text, missing cells) predict directly.
            TabularModel model = TabularModel.Load(Path.Combine(runDir, "model.dendrite"));
            DataTable raw = CsvFile.Read(Path.Combine(RepositoryPaths.Root, "datasets", "credit_data.csv")).Take([0, 1, 2, 29]); // row 29: Income missing
            Assert.Equal(["LoanToValue", "AmountPerMonth", "FreeIncome", "DebtToIncome"], model.Preprocessing.DerivedColumns.Names);
            TabularPredictions predictions = model.Predict(raw);
            Assert.Equal(["bad", "good"], predictions.ProbabilityNames);
            Assert.All(predictions.Labels, label => Assert.Contains(label, new[] { "bad", "good" }));
        });
        Assert.Contains("Numeric columns (4454 rows)", run.Output);
        Assert.Contains("455 missing cells in 415 rows", run.Output);
        Assert.Matches(@"\ngood\s+3200\s+71\.8%\nbad\s+1254\s+28\.2%\n", run.Output);
        Assert.Contains("Correlation with 'Status'", run.Output);
        Assert.Contains("Train 3563 rows (2851 fit + 712 validation), test 891 rows", run.Output);
        Assert.Contains("Added derived features: LoanToValue = Amount / Price, AmountPerMonth = Amount / Time, FreeIncome = Income − Expenses, DebtToIncome = Debt / Income", run.Output);
        Assert.True(run.Number("Test accuracy") >= 0.78, run.Output); // 0.7980 (issue target 0.82, not met; PyTorch on this split 0.7980)
        Assert.True(run.Number("Test ROC-AUC") >= 0.835, run.Output); // 0.8468 (issue target 0.855, not met; PyTorch on this split 0.8515)
        Assert.Contains("The saved model on the first 3 raw rows of the CSV: ", run.Output);
        double threshold = run.Number("validation rows:");
        Assert.InRange(threshold, 0.05, 0.95);
        Assert.True(run.Number("Test recall", after: "On the test rows at threshold") >= run.Number("Test recall"), run.Output); // 0.7331 against 0.5458
        Assert.Matches(@"\n\s+accuracy\s+[\d.]+\s+891\n", run.Output);
        Assert.Equal(threshold, run.Metrics.GetProperty("best_threshold").GetDouble(), 2);
        Assert.Equal(["confusion_matrix.png", "learning_curves.png", "precision_recall.png", "roc_curve.png", "weights.png"], run.Images);
        Assert.Contains("TensorBoard logs: ", run.Output);
    }

    [Fact]
    public void Regression_BeatsTheTrainingMeanBaseline()
    {
        ExampleRun run = Run("Regression");
        double r2 = run.Number("test R2"), rmse = run.Number("Test RMSE"), mae = run.Number("test MAE");
        Assert.True(r2 >= 0.5, run.Output);                          // 0.5968 (least squares on this split: 0.6094)
        Assert.True(rmse < 0.7 * run.Number("baseline RMSE"), run.Output); // 48.12 against 76.62
        Assert.True(mae < 0.7 * run.Number("MAE", after: "baseline RMSE"), run.Output); // 37.29 against 66.60
        Assert.True(run.Number("R2", after: "baseline RMSE") < 0.05, run.Output); // the mean explains nothing: −0.0223
        Assert.Equal(r2, run.Metrics.GetProperty("test_r2").GetDouble(), 4);
    }

    [Fact]
    public void BinaryClassification_PrintsEveryMeasureAndTheReport()
    {
        ExampleRun run = Run("BinaryClassification");
        Assert.True(run.Number("Test accuracy") >= 0.95, run.Output); // 0.9912
        Assert.True(run.Number("Test precision") >= 0.9, run.Output); // 0.9767
        Assert.True(run.Number("Test recall") >= 0.9, run.Output);    // 1.0000
        Assert.True(run.Number("Test F1") >= 0.92, run.Output);       // 0.9882
        Assert.True(run.Number("Test ROC-AUC") >= 0.98, run.Output);  // 1.0000
        Assert.Matches(@"\n\s+benign\s+\d+\s+\d+\n\s+malignant\s+\d+\s+\d+\n", run.Output);
        Assert.Matches(@"\n\s+accuracy\s+[\d.]+\s+113\n", run.Output); // 113 test rows: 71 benign + 42 malignant
        int[][] matrix = [.. run.Metrics.GetProperty("confusion_matrix").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetInt32()).ToArray())];
        Assert.Equal(113, matrix.Sum(r => r.Sum()));
    }

    [Fact]
    public void MulticlassClassification_OneHotAndSparseLabelsBothLearnWine()
    {
        ExampleRun run = Run("MulticlassClassification");
        Assert.True(run.Number("Test accuracy (one-hot, CategoricalCrossentropy)") >= 0.9, run.Output);           // 0.9722
        Assert.True(run.Number("Test accuracy (sparse labels, SparseCategoricalCrossentropy)") >= 0.9, run.Output); // 0.9722
        Assert.Matches(@"\n\s+class_2\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+10\n", run.Output);
        Assert.Matches(@"\nweighted avg\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+36\n", run.Output);
    }

    [Fact]
    public void MultilabelClassification_AnswersThreeQuestionsPerPenguin()
    {
        ExampleRun run = Run("MultilabelClassification");
        Assert.True(run.Number("is_adelie", after: "  label ") >= 0.93, run.Output); // accuracy 0.9851
        Assert.True(run.Number("is_male", after: "  label ") >= 0.75, run.Output);   // 0.8657
        Assert.True(run.Number("is_heavy", after: "  label ") >= 0.75, run.Output);  // 0.8806
        Assert.True(run.Number("Test exact-match ratio") >= 0.65, run.Output); // 0.7761
        JsonElement labels = run.Metrics.GetProperty("test_labels");
        Assert.Equal(["is_adelie", "is_male", "is_heavy"], labels.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void MultiOutput_OneNetworkClassifiesSpeciesAndRegressesMass()
    {
        ExampleRun run = Run("MultiOutput");
        Assert.True(run.Number("Test species accuracy") >= 0.95, run.Output); // 1.0000
        Assert.True(run.Number("Test body mass MAE") <= 0.35, run.Output);    // 0.2413 kg
        foreach (string key in new[] { "species_accuracy", "body_mass_mae", "species_loss", "body_mass_loss", "val_species_accuracy", "val_body_mass_mae", "val_loss" })
        {
            Assert.Contains($"\n  {key}: ", run.Output);
        }

        Assert.Contains("Connected to", run.Output);
        JsonElement test = run.Metrics.GetProperty("test");
        Assert.Equal(["species_accuracy", "body_mass_mae", "species_loss", "body_mass_loss", "loss"], test.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void VanishingGradients_SigmoidFirstLayersStarveAndReluOnesDoNot()
    {
        ExampleRun run = Run("VanishingGradients");
        Assert.True(run.Number("orders of magnitude", after: "Sigmoid + Glorot, epoch 1") >= 3, run.Output); // 5.31: output 2.9e-1, hidden_1 1.4e-6
        Assert.True(run.Number("orders of magnitude", after: "ReLU + He, epoch 1") < 1, run.Output);         // 0.10
        Assert.True(run.Number("orders of magnitude", after: "Epoch 1, first hidden layer") >= 3, run.Output); // 5.10
        Assert.True(run.Number("accuracy", after: "ReLU + He after") >= 0.95, run.Output);        // 0.9945
        Assert.True(run.Number("accuracy", after: "Sigmoid + Glorot after") <= 0.7, run.Output);  // 0.6356: the majority class is 0.627
        Assert.Matches(@"\nhidden_1\s+\d\.\d{3}E-0[5-7]\s", run.Output); // the sigmoid network's first-layer norm, 1.411E-06
        Assert.Contains("TensorBoard logs: ", run.Output);
        Assert.Equal(10, run.Metrics.GetProperty("hidden_layers").GetInt32());
    }

    [Fact]
    public void Perceptron_SeparatesAndOrButNotXorAndDrawsEachBoundary()
    {
        ExampleRun run = Run("Perceptron", hasHistory: false);
        Assert.Contains("AND: converged after", run.Output);
        Assert.Contains("OR: converged after", run.Output);
        Assert.Contains("XOR: did not converge in 20 epochs (not linearly separable)", run.Output);
        Assert.Equal(["decision_boundary_and.png", "decision_boundary_or.png", "decision_boundary_xor.png"], run.Images);
        Assert.False(run.Metrics.GetProperty("XOR").GetProperty("converged").GetBoolean());
    }

    [Fact]
    public void Xor_LearnsTheFourCasesAndWritesItsPlots()
    {
        ExampleRun run = Run("Xor");
        Assert.True(run.Number("accuracy") >= 1.0, run.Output); // 1.00 (loss 0.0052 after 500 epochs)
        Assert.Equal(4, Regex.Matches(run.Output, @"XOR \d = (\d)\.?\d*\s+predicted [\d.]+ -> \1\n").Count);
        Assert.Equal(["decision_boundary.png", "learning_curves.png", "weights.png"], run.Images);
    }

    [FashionMnistFact]
    public void FashionMnistMlp_QuickRunLearnsFromTheRealImages()
    {
        ExampleRun run = Run("FashionMnistMlp", args: ["--quick"]);
        Assert.Contains("2000 training and 1000 test images (2000, 784)", run.Output);
        Assert.Matches(@"\n16/16 ━+ .*accuracy: [\d.]+ - loss: [\d.]+\n", run.Output); // Keras's bar: 2000 / 128 → 16 steps
        Assert.True(run.Number("Test accuracy") >= 0.6, run.Output); // 0.6930 after one epoch on 2,000 images (chance: 0.1)
        Assert.True(run.Number("Seconds per epoch") > 0, run.Output);
        Assert.Equal(run.Number("Test accuracy"), run.Metrics.GetProperty("test_accuracy_median").GetDouble(), 4);
    }

    [FashionMnistFact]
    public void FashionMnistCnn_QuickRunLearnsFromTheRealImages()
    {
        ExampleRun run = Run("FashionMnistCnn", args: ["--quick"]);
        Assert.Contains("2000 training and 1000 test images (2000, 28, 28, 1)", run.Output);
        Assert.Contains("conv2d_1 (Conv2D)", run.Output);
        Assert.True(run.Number("Test accuracy") >= 0.55, run.Output); // 0.6480 after one epoch on 2,000 images
        Assert.True(run.Metrics.GetProperty("per_seed").GetProperty("0").GetProperty("seconds_per_epoch")[0].GetDouble() > 0, run.Output);
    }

    [Fact]
    public void FashionMnistExamples_RejectAnUnknownArgument()
    {
        string dll = ExampleDll("FashionMnistMlp");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--seed");
        using Process process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unrecognised argument '--seed'", error);
        Assert.Contains("Usage: [seed] | --seeds 0,1,2 | --quick", error);
    }

    [FashionMnistFact]
    public void Autoencoder_QuickRunReconstructsBetterThanTheMeanImage()
    {
        string[] histories = [];
        ExampleRun run = Run("Autoencoder", hasHistory: false, args: ["--quick"], inspectRunFolder: runDir =>
        {
            histories = [.. Directory.GetFiles(runDir, "history_*.csv").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
            Assert.All(histories, h => Assert.Equal(2, File.ReadLines(Path.Combine(runDir, h)).Count())); // header + one epoch
        });
        Assert.Contains("2000 training and 1000 test images", run.Output);
        double baseline = run.Number("Mean-image baseline: test MSE");
        Assert.Equal(0.0868, baseline, 3); // the mean of the first 2,000 training images against the first 1,000 test images
        // After one epoch on 2,000 images (batch 32, 57 steps) each model is below the baseline: dense 0.0529,
        // conv 0.0541, bottleneck 0.0604 (its code has only 2 numbers).
        double dense = run.Number("test MSE", after: "Dense autoencoder 784-128-32-128-784: test MSE");
        double conv = run.Number("test MSE", after: "Convolutional autoencoder (Conv2D/MaxPool, Conv2DTranspose): test MSE");
        double bottleneck = run.Number("test MSE", after: "Bottleneck autoencoder 784-256-64-2-64-256-784: test MSE");
        Assert.True(dense < 0.07 && dense < baseline, run.Output);
        Assert.True(conv < 0.07 && conv < baseline, run.Output);
        Assert.True(bottleneck < 0.075 && bottleneck < baseline, run.Output);
        Assert.Equal(bottleneck, run.Metrics.GetProperty("models").GetProperty("bottleneck").GetProperty("test_mse").GetDouble(), 4);
        Assert.Contains("Encoder: layers pixels, dense_", run.Output);
        Assert.Equal(["history_bottleneck.csv", "history_conv.csv", "history_dense.csv"], histories);
        Assert.Equal(["codes_2d.png", "reconstructions.png"], run.Images);
    }

    [FashionMnistFact]
    public void SequenceClassification_QuickRunTrainsTheThreeRecurrentLayersOnImageRows()
    {
        var histories = new List<string>();
        ExampleRun run = Run("SequenceClassification", hasHistory: false, args: ["--quick"], inspectRunFolder: dir =>
            histories.AddRange(Directory.GetFiles(dir, "history_*.csv").Where(f => File.ReadLines(f).Count() == 2).Select(f => Path.GetFileName(f))));
        Assert.Contains("2000 training and 1000 test images (2000, 28, 28), each 28 steps (rows) of 28 features", run.Output);
        Assert.Equal(["history_gru.csv", "history_lstm.csv", "history_simplernn.csv"], histories.Order(StringComparer.Ordinal));
        JsonElement models = run.Metrics.GetProperty("models");
        // One epoch on 2,000 images (16 steps), seed 0, chance 0.1; printed: LSTM 0.3840, GRU 0.3540, SimpleRNN 0.4930.
        Assert.True(models.GetProperty("lstm").GetProperty("test_accuracy").GetDouble() >= 0.3, run.Output);
        Assert.True(models.GetProperty("gru").GetProperty("test_accuracy").GetDouble() >= 0.28, run.Output);
        Assert.True(models.GetProperty("simplernn").GetProperty("test_accuracy").GetDouble() >= 0.4, run.Output);
        Assert.Equal(81_674, models.GetProperty("lstm").GetProperty("parameters").GetInt64()); // Keras: 4·(28·128 + 128·128 + 128) + Dense 1,290
        Assert.Equal(run.Number("test accuracy", after: "LSTM(128): test"), models.GetProperty("lstm").GetProperty("test_accuracy").GetDouble(), 4);
        Assert.Matches(@"\nSimpleRNN\(128\) +21,386 +0\.\d{4} +\d+\.\d{4} +\d+\.\d\n", run.Output); // the comparison table's row
    }

    [Fact]
    public void SequenceClassification_RejectsAnUnknownModel()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(ExampleDll("SequenceClassification"));
        start.ArgumentList.Add("--model");
        start.ArgumentList.Add("rnn");
        using Process process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unrecognised argument '--model' 'rnn': expected --model lstm|gru|simplernn|all", error);
    }

    private static string ExampleDll(string name)
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        string dll = Path.Combine(RepositoryPaths.Root, "examples", name, "bin", configuration, "net10.0", name + ".dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the examples are built by the solution build (dotnet build Dendrite.slnx -c {configuration}).");
        return dll;
    }

    private static ExampleRun Run(string name, bool hasHistory = true, IReadOnlyList<string>? args = null, Action<string>? inspectRunFolder = null)
    {
        string dll = ExampleDll(name);
        string workDir = Directory.CreateTempSubdirectory($"dendrite-example-{name}-").FullName;
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = workDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            foreach (string arg in args ?? [])
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{name} did not finish within {s_timeout.TotalMinutes} minutes.");
            }

            string output = stdout.Result.Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.True(process.ExitCode == 0, $"{name} exited with {process.ExitCode}:\n{output}\n{stderr.Result}");
            Match announced = Regex.Match(output, @"^Outputs: (.+?) \(", RegexOptions.Multiline);
            Assert.True(announced.Success, $"{name} did not say where its run folder is:\n{output}");
            string runDir = announced.Groups[1].Value;
            Assert.StartsWith(Path.Combine(workDir, "runs", ToRunName(name) + "-"), runDir, StringComparison.Ordinal);
            Assert.True(!hasHistory || File.ReadLines(Path.Combine(runDir, "history.csv")).Count() >= 2, $"{runDir}/history.csv has no epoch row.");
            using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(runDir, "metrics.json")));
            inspectRunFolder?.Invoke(runDir);
            string[] images = [.. Directory.GetFiles(runDir, "*.png").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
            Assert.All(images, image => Assert.Equal(0x89, File.ReadAllBytes(Path.Combine(runDir, image))[0])); // the PNG signature's first byte
            return new ExampleRun(output, metrics.RootElement.Clone(), images);
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    // MultiOutput → multi-output, BinaryClassification → binary-classification, FashionMnistMlp → fashion-mnist-mlp.
    private static string ToRunName(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();

    private sealed record ExampleRun(string Output, JsonElement Metrics, string[] Images)
    {
        // The first number printed right after "<label>:" or "<label> ", searching from the first occurrence of
        // the text 'after' when it is given.
        public double Number(string label, string? after = null)
        {
            int from = after is null ? 0 : Output.IndexOf(after, StringComparison.Ordinal);
            Assert.True(from >= 0, $"'{after}' is not in the output:\n{Output}");
            Match match = new Regex(Regex.Escape(label) + @":?\s+(-?\d+(?:\.\d+)?)").Match(Output, from);
            Assert.True(match.Success, $"No number after '{label}' in the output:\n{Output}");
            return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }

    [Fact]
    public void TimeSeries_QuickRunBeatsTheNaiveForecastOnTheTestMonths()
    {
        ExampleRun run = Run("TimeSeries", args: ["--quick"]);
        Assert.Contains("train 1749-01 to 1934-03 (2223 months), validation 1934-04 to 1973-11 (476 months), test 1973-12 to 2013-09 (478 months)", run.Output);
        Assert.Contains("train (2199, 24, 1), validation (476, 24, 1), test (478, 24, 1)", run.Output); // rank-3 windows of 24 months
        Assert.Contains("Restoring model weights from the end of the best epoch", run.Output);
        double rmse = run.Number("Test RMSE"), naiveRmse = run.Number("naive RMSE");
        Assert.Equal(19.10, naiveRmse, 2);                     // the last month's value: R gives 19.0995 on the same 478 months
        Assert.True(rmse < 0.93 * naiveRmse, run.Output);      // 17.07 against 19.10 (ratio 0.894; the full run 16.94, 0.887)
        Assert.True(run.Number("test MAE") < run.Number("MAE", after: "naive RMSE"), run.Output); // 12.55 against 13.73
        Assert.Equal(rmse / naiveRmse, run.Number("RMSE ratio to naive"), 2);
        Assert.Equal(rmse, run.Metrics.GetProperty("test_rmse").GetDouble(), 2);
        Assert.Equal(["forecast.png", "learning_curves.png"], run.Images);
    }
}
