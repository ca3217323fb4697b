// XOR with backpropagation: a 2-4-1 network learns what a single perceptron cannot. The hidden layer
// bends the input space so that one line separates the classes. The run folder (runs/xor-<time>/) gets the
// history, the learning curves and weight histograms (PlotsCallback) and the decision regions: two bands of
// class 1 crossing the square, where a perceptron could only draw one straight line.
using Dendrite.Examples;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Plots;
using Dendrite.Tensors;
using Dendrite.Training;

var x = new Tensor(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });
var y = new Tensor(new float[,] { { 0 }, { 1 }, { 1 }, { 0 } });

var model = new Sequential(
[
    new Input([2]),
    new Dense(4, Activation.Sigmoid),
    new Dense(1, Activation.Sigmoid),
], seed: 7);
model.Compile(new Adam(learningRate: 0.05), new BinaryCrossentropy(), metrics: ["accuracy"]);
model.Summary();

RunFolder run = RunFolder.Create("xor");
var plots = new PlotsCallback(run.Path, monitor: "loss");
var history = model.Fit(x, y, epochs: 500, batchSize: 4, verbose: 0, callbacks: [plots]);
Console.WriteLine($"loss after {history.Epochs.Count} epochs: {history["loss"][^1]:F4}, accuracy {history["accuracy"][^1]:F2}");

Tensor predictions = model.Predict(x);
for (int i = 0; i < 4; i++)
{
    Console.WriteLine($"{x[i, 0]} XOR {x[i, 1]} = {y[i, 0]}   predicted {predictions[i, 0]:F3} -> {(predictions[i, 0] > 0.5 ? 1 : 0)}");
}

run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["epochs"] = history.Epochs.Count,
    ["loss"] = history["loss"][^1],
    ["accuracy"] = history["accuracy"][^1],
});
string boundary = DecisionBoundaryPlot.Save(model, x, y, Path.Combine(run.Path, "decision_boundary.png"),
    title: "2-4-1 network on XOR: P(class 1)", featureNames: ["input a", "input b"], classNames: ["0", "1"]);
Console.WriteLine($"Plots: {string.Join(", ", plots.Files.Append(boundary).Select(Path.GetFileName))}");
Console.WriteLine($"Outputs: {run.Path} (history.csv, metrics.json, learning_curves.png, weights.png, decision_boundary.png)");
