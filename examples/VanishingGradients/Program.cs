// VanishingGradients: the same deep network — 10 hidden layers of 32 units, then one sigmoid output — trained on the
// breast cancer data twice with plain SGD: once with sigmoid hidden units and Glorot-uniform weights, once with ReLU
// units and He-normal weights. The GradientNorms callback records each layer's gradient L2 norm (mean over each
// epoch's batches). With sigmoid, every layer multiplies the backward signal by σ'(z) ≤ 1/4 times a Glorot-scaled
// weight matrix, so the first layers receive gradients orders of magnitude smaller than the last and barely learn
// (Glorot & Bengio 2010); ReLU passes the signal through unscaled where it is active and He's variance 2/fan_in keeps
// its size from layer to layer (He et al. 2015), so all layers learn. It prints the per-layer table after the first
// and the last epoch, the gap in orders of magnitude, both runs' final loss and accuracy, and writes TensorBoard logs
// and PNG plots (each run's per-layer gradient norms over the epochs, and each run's learning curves).
using Dendrite.Examples;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Plots;
using Dendrite.Tensors;
using Dendrite.TensorBoard;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const int Seed = 42, HiddenLayers = 10, Units = 32, Epochs = 40;
CsvTable table = CsvTable.Read(Datasets.Find("breast_cancer.csv"));
string[] featureNames = [.. table.Columns.Where(c => c != "diagnosis")];
double[][] features = table.Matrix(featureNames);
int[] labels = [.. table.Text("diagnosis").Select(d => d == "malignant" ? 1 : 0)];
var (trainRows, testRows) = DataSplit.Stratified(labels, testFraction: 0.2, seed: Seed);
var scaler = Standardizer.Fit(features, trainRows);
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor yTrain = Rows.Column(trainRows.Select(r => (double)labels[r]));
Console.WriteLine($"Read {table.RowCount} samples, {featureNames.Length} features from {table.Path}; training on {trainRows.Length} rows (20% of them for validation)");
Console.WriteLine($"Network: {featureNames.Length} inputs, {HiddenLayers} hidden Dense layers of {Units} units, 1 sigmoid output; SGD(learningRate: 0.05), batch 32, {Epochs} epochs");

RunFolder run = RunFolder.Create("vanishing-gradients");
string logRoot = Path.Combine(run.Path, "tensorboard");
var sigmoid = Train("sigmoid", Activation.Sigmoid, () => new GlorotUniform());
var relu = Train("relu", Activation.Relu, () => new HeNormal());

Console.WriteLine();
Console.WriteLine("Mean gradient L2 norm per layer (all its trainable variables as one vector), first and last epoch:");
Console.WriteLine($"{"layer",-10}{"sigmoid, epoch 1",18}{$"sigmoid, epoch {Epochs}",18}{"relu, epoch 1",18}{$"relu, epoch {Epochs}",18}");
foreach (string layer in sigmoid.Norms.LayerNames)
{
    IReadOnlyList<double> s = sigmoid.History[GradientNorms.Key(layer)], r = relu.History[GradientNorms.Key(layer)];
    Console.WriteLine($"{layer,-10}{s[0],18:0.000E+00}{s[^1],18:0.000E+00}{r[0],18:0.000E+00}{r[^1],18:0.000E+00}");
}

double OrdersOfMagnitude(double larger, double smaller) => Math.Log10(larger / smaller);
double FirstLayer(History h, int epoch) => h[GradientNorms.Key("hidden_1")][epoch];
double OutputLayer(History h, int epoch) => h[GradientNorms.Key("output")][epoch];
double sigmoidGap = OrdersOfMagnitude(OutputLayer(sigmoid.History, 0), FirstLayer(sigmoid.History, 0));
double reluGap = OrdersOfMagnitude(OutputLayer(relu.History, 0), FirstLayer(relu.History, 0));
double firstLayerGap = OrdersOfMagnitude(FirstLayer(relu.History, 0), FirstLayer(sigmoid.History, 0));
Console.WriteLine();
Console.WriteLine($"Sigmoid + Glorot, epoch 1: the output layer's gradient is larger than the first hidden layer's by orders of magnitude: {sigmoidGap:F2}");
Console.WriteLine($"ReLU + He, epoch 1: the output layer's gradient is larger than the first hidden layer's by orders of magnitude: {reluGap:F2}");
Console.WriteLine($"Epoch 1, first hidden layer: ReLU + He's gradient is larger than sigmoid + Glorot's by orders of magnitude: {firstLayerGap:F2}");
Console.WriteLine();
foreach (var (name, history) in new[] { ("Sigmoid + Glorot", sigmoid.History), ("ReLU + He", relu.History) })
{
    Console.WriteLine($"{name} after {Epochs} epochs: loss {history["loss"][^1]:F4}, accuracy {history["accuracy"][^1]:F4}, val_loss {history["val_loss"][^1]:F4}, val_accuracy {history["val_accuracy"][^1]:F4}");
}

run.WriteHistory(relu.History);
run.WriteHistory(sigmoid.History, "history-sigmoid.csv");
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "breast_cancer",
    ["seed"] = Seed,
    ["hidden_layers"] = HiddenLayers,
    ["units"] = Units,
    ["epochs"] = Epochs,
    ["sigmoid_gap_orders_epoch_1"] = sigmoidGap,
    ["relu_gap_orders_epoch_1"] = reluGap,
    ["sigmoid_final_accuracy"] = sigmoid.History["accuracy"][^1],
    ["relu_final_accuracy"] = relu.History["accuracy"][^1],
});
string sigmoidPlot = GradientNormPlot.Save(NormsOf(sigmoid.History), Path.Combine(run.Path, "gradient_norms_sigmoid.png"), "Gradient norms, sigmoid + Glorot");
string reluPlot = GradientNormPlot.Save(NormsOf(relu.History), Path.Combine(run.Path, "gradient_norms_relu.png"), "Gradient norms, ReLU + He");
string sigmoidCurves = LearningCurves.Save(sigmoid.History, Path.Combine(run.Path, "learning_curves_sigmoid.png"));
string reluCurves = LearningCurves.Save(relu.History, Path.Combine(run.Path, "learning_curves_relu.png"));
Console.WriteLine($"Plots: {sigmoidPlot}, {reluPlot}, {sigmoidCurves}, {reluCurves}");
Console.WriteLine($"TensorBoard logs: {logRoot} (runs sigmoid/ and relu/; view with: tensorboard --logdir {logRoot})");
Console.WriteLine($"Outputs: {run.Path} (history.csv: the ReLU run's per-epoch metrics and gradient norms; history-sigmoid.csv: the sigmoid run's; metrics.json: the summary; *.png: the plots; tensorboard/: event files)");

static Dictionary<string, IReadOnlyList<double>> NormsOf(History history) => history.Values
    .Where(p => p.Key.StartsWith(GradientNorms.KeyPrefix, StringComparison.Ordinal))
    .ToDictionary(p => p.Key[GradientNorms.KeyPrefix.Length..], p => (IReadOnlyList<double>)p.Value, StringComparer.Ordinal);

(History History, GradientNorms Norms) Train(string name, Activation activation, Func<Initializer> initializer)
{
    var layers = new List<Layer> { new Input([featureNames.Length]) };
    for (int i = 1; i <= HiddenLayers; i++)
    {
        layers.Add(new Dense(Units, activation, kernelInitializer: initializer(), name: $"hidden_{i}"));
    }

    layers.Add(new Dense(1, Activation.Sigmoid, name: "output"));
    var model = new Sequential(layers, seed: Seed);
    model.Compile(new SGD(learningRate: 0.05), new BinaryCrossentropy(), metrics: ["accuracy"]);
    var norms = new GradientNorms();
    var hparams = new Dictionary<string, object> { ["activation"] = name, ["hidden_layers"] = HiddenLayers, ["units"] = Units, ["learning_rate"] = 0.05 };
    var tensorBoard = new TensorBoard(Path.Combine(logRoot, name), histogramFreq: 10, hparams: hparams);
    History history = model.Fit(xTrain, yTrain, epochs: Epochs, batchSize: 32, validationSplit: 0.2, callbacks: [norms, tensorBoard], verbose: 0);
    return (history, norms);
}
