// The README's code sample is this test's code, character for character between the region markers:
// one test runs it, the other checks that README.md shows exactly it (Sep's ReadMeTest idea), so the
// README can never show code that does not compile or run.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Repository;

public class ReadmeTests
{
    [Fact]
    public void ReadmeSample_Runs_AndLearnsTheToyProblem()
    {
        var writer = new StringWriter();
        var saved = Console.Out;
        Logs results;
        Tensor probabilities;
        try
        {
            Console.SetOut(writer);
            (results, probabilities) = ReadmeSample();
        }
        finally
        {
            Console.SetOut(saved);
        }

        Assert.True(results["accuracy"] >= 0.95, $"accuracy {results["accuracy"]}");
        Assert.Equal(new Shape(2, 3), probabilities.Shape);
        Assert.Contains("Total params: 51", writer.ToString()); // 2·8 + 8 + 8·3 + 3
    }

    [Fact]
    public void Readme_ShowsExactlyTheTestedSample()
    {
        string root = RepositoryRoot();
        string test = File.ReadAllText(Path.Combine(root, "tests", "Dendrite.Tests", "Repository", "ReadmeTests.cs"));
        int start = test.IndexOf("#region ReadmeSample", StringComparison.Ordinal);
        int end = test.IndexOf("#endregion", start, StringComparison.Ordinal);
        string[] lines = test[start..end].Split('\n')[1..^1];
        string sample = string.Join('\n', lines.Select(l => l.Length >= 8 ? l[8..] : l.TrimStart())).TrimEnd();
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(sample, readme);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dendrite.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dendrite.slnx not found above the test directory.");
    }

    private static (Logs Results, Tensor Probabilities) ReadmeSample()
    {
        #region ReadmeSample
        // Three classes of points in the plane: which quadrant-ish region is each in?
        float[,] x = { { 0.1f, 0.9f }, { 0.2f, 0.8f }, { 0.9f, 0.1f }, { 0.8f, 0.3f }, { 0.9f, 0.9f }, { 0.8f, 0.7f } };
        int[] y = [0, 0, 1, 1, 2, 2];

        var model = new Sequential(
        [
            new Input([2]),
            new Dense(8, Activation.Relu),
            new Dense(3, Activation.Softmax),
        ], seed: 42);
        model.Compile(new Adam(learningRate: 0.05), new SparseCategoricalCrossentropy(), metrics: ["accuracy"]);
        model.Summary();

        History history = model.Fit(x, y, epochs: 200, batchSize: 6, verbose: 0,
            callbacks: [new EarlyStopping(monitor: "loss", patience: 10, restoreBestWeights: true)]);
        Logs results = model.Evaluate(x, y);                 // accuracy, loss
        Tensor probabilities = model.Predict(new float[,] { { 0.15f, 0.85f }, { 0.85f, 0.8f } });
        #endregion
        return (results, probabilities);
    }
}
