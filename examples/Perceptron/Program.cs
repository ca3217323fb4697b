// The perceptron: Rosenblatt's rule learns AND and OR, which a straight line separates, and never
// settles on XOR, which no straight line separates — the reason networks need hidden layers.
// Each problem's decision regions are drawn into the run folder (runs/perceptron-<time>/): a straight boundary
// through the four points for AND and OR, and for XOR a line that cannot put both 1s on one side.
using Dendrite.Examples;
using Dendrite.Models;
using Dendrite.Plots;
using Dendrite.Tensors;

var inputs = new Tensor(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });
(string Name, int[] Labels)[] problems =
[
    ("AND", [0, 0, 0, 1]),
    ("OR", [0, 1, 1, 1]),
    ("XOR", [0, 1, 1, 0]),
];

RunFolder run = RunFolder.Create("perceptron");
var results = new OrderedDictionary<string, object>();
foreach (var (name, labels) in problems)
{
    var perceptron = new Perceptron(inputs: 2, learningRate: 1.0);
    PerceptronResult result = perceptron.Fit(inputs, labels, maxEpochs: 20);
    Console.WriteLine($"{name}: {(result.Converged ? $"converged after {result.Epochs} epochs" : $"did not converge in {result.Epochs} epochs (not linearly separable)")}");
    Console.WriteLine($"  errors per epoch: {string.Join(" ", result.ErrorsPerEpoch)}");
    Console.WriteLine($"  w = [{string.Join(", ", perceptron.Weights)}], b = {perceptron.Bias}");
    int[] predicted = perceptron.Predict(inputs);
    for (int i = 0; i < labels.Length; i++)
    {
        Console.WriteLine($"  {inputs[i, 0]} {name} {inputs[i, 1]} = {labels[i]}, predicted {predicted[i]}");
    }

    string plot = DecisionBoundaryPlot.Save(
        perceptron, inputs, labels, Path.Combine(run.Path, $"decision_boundary_{name.ToLowerInvariant()}.png"),
        title: $"Perceptron on {name} ({(result.Converged ? "separated" : "not separable")})",
        featureNames: ["input a", "input b"], classNames: ["0", "1"]);
    Console.WriteLine($"  decision boundary: {plot}");
    results[name] = new OrderedDictionary<string, object> { ["converged"] = result.Converged, ["epochs"] = result.Epochs, ["errors_per_epoch"] = result.ErrorsPerEpoch };
}

run.WriteMetrics(results);
Console.WriteLine($"Outputs: {run.Path} (metrics.json: convergence per problem; decision_boundary_*.png: the learned lines)");
