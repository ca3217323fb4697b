// Iris: the classic three-class problem, Keras-style. Reads the bundled CSV, splits 80/20 stratified
// with a fixed seed, standardises features on the training rows only, trains a 4-16-3 softmax network
// with a validation split and early stopping, and reports accuracy on the held-out test rows.
// The CSV reading, split, standardisation and run folder are the examples' shared helpers (examples/Shared).
using Dendrite.Examples;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const int Seed = 42;
CsvTable table = CsvTable.Read(Datasets.Find("iris.csv"));
double[][] features = table.Matrix("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm");
var (labels, classes) = Categorical.Encode(table.Text("species"));
Console.WriteLine($"Read {table.RowCount} flowers, {classes.Length} species ({string.Join(", ", classes)}) from {table.Path}");

var (trainRows, testRows) = DataSplit.Stratified(labels, testFraction: 0.2, seed: Seed);
var scaler = Standardizer.Fit(features, trainRows);
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor yTrain = Rows.Take(labels, trainRows);
Tensor xTest = scaler.Transform(features, testRows);
Tensor yTest = Rows.Take(labels, testRows);
Console.WriteLine($"Train {trainRows.Length} rows, test {testRows.Length} rows (stratified, seed {Seed}); features standardised on the training rows");

var model = new Sequential(
[
    new Input([4]),
    new Dense(16, Activation.Relu),
    new Dense(3, Activation.Softmax),
], seed: Seed);
model.Compile(new Adam(learningRate: 0.01), new SparseCategoricalCrossentropy(), metrics: ["accuracy"]);
model.Summary();

History history = model.Fit(
    xTrain, yTrain,
    epochs: 200, batchSize: 16, validationSplit: 0.2,
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 20, restoreBestWeights: true, verbose: 1)],
    verbose: 1);

Logs test = model.Evaluate(xTest, yTest);
Console.WriteLine($"Trained {history.Epochs.Count} epochs. Test accuracy: {test["accuracy"]:F4}, test loss: {test["loss"]:F4}");

RunFolder run = RunFolder.Create("iris");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "iris",
    ["seed"] = Seed,
    ["epochs"] = history.Epochs.Count,
    ["test_accuracy"] = test["accuracy"],
    ["test_loss"] = test["loss"],
});
Console.WriteLine($"Outputs: {run.Path} (history.csv: per-epoch metrics; metrics.json: test results)");
