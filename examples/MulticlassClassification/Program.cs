// MulticlassClassification: which of three cultivars is a wine from? 13 chemical measurements per wine (UCI wine
// recognition data), target 'class' (class_0, class_1, class_2). A stratified, seeded 80/20 split; features
// standardised on the training rows only (they span 0.13 to 1680: scaling matters). The same 13-16-3 softmax
// network is trained twice, from the same seed:
//   1. targets one-hot encoded (class_1 → [0, 1, 0]) with CategoricalCrossentropy;
//   2. targets as integer labels (class_1 → 1) with SparseCategoricalCrossentropy.
// Both losses are the same number, −log p[true class], so the two runs learn the same thing: sparse labels just
// save building the one-hot rows. Both test accuracies are printed, with the classification report of the first.
using Dendrite.Examples;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const int Seed = 42;
CsvTable table = CsvTable.Read(Datasets.Find("wine.csv"));
string[] featureNames = [.. table.Columns.Where(c => c != "class")];
double[][] features = table.Matrix(featureNames);
var (labels, classes) = Categorical.Encode(table.Text("class"));
double[][] oneHot = Categorical.OneHot(labels, classes.Length);
Console.WriteLine($"Read {table.RowCount} wines, {featureNames.Length} features, {classes.Length} classes ({string.Join(", ", classes.Select(c => $"{c}: {labels.Count(l => classes[l] == c)}"))}) from {table.Path}");

var (trainRows, testRows) = DataSplit.Stratified(labels, testFraction: 0.2, seed: Seed);
var scaler = Standardizer.Fit(features, trainRows);
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor xTest = scaler.Transform(features, testRows);
Console.WriteLine($"Train {trainRows.Length} rows, test {testRows.Length} rows (stratified, seed {Seed}); features standardised on the training rows");

Console.WriteLine("\n1. One-hot targets, softmax output, CategoricalCrossentropy");
var (oneHotModel, oneHotHistory, oneHotTest) = Train(
    new CategoricalCrossentropy(), Rows.ToTensor(oneHot, trainRows), Rows.ToTensor(oneHot, testRows), summary: true);
Console.WriteLine("\n2. Integer labels, softmax output, SparseCategoricalCrossentropy");
var (sparseModel, sparseHistory, sparseTest) = Train(
    new SparseCategoricalCrossentropy(), Rows.Take(labels, trainRows), Rows.Take(labels, testRows), summary: false);

int[] predicted = ArgMax(oneHotModel.Predict(xTest));
int[] sparsePredicted = ArgMax(sparseModel.Predict(xTest));
var report = ClassificationReport.FromLabels(Rows.Take(labels, testRows), predicted, classes);
Console.WriteLine($"\nOn the {testRows.Length} test rows:");
Console.WriteLine($"Test accuracy (one-hot, CategoricalCrossentropy): {oneHotTest["accuracy"]:F4} after {oneHotHistory.Epochs.Count} epochs");
Console.WriteLine($"Test accuracy (sparse labels, SparseCategoricalCrossentropy): {sparseTest["accuracy"]:F4} after {sparseHistory.Epochs.Count} epochs");
Console.WriteLine($"The two models predict the same class for {predicted.Zip(sparsePredicted).Count(p => p.First == p.Second)} of {testRows.Length} test rows.");
Console.WriteLine("Classification report (one-hot model):");
Console.Write(report.ToString(digits: 4));

RunFolder run = RunFolder.Create("multiclass-classification");
run.WriteHistory(oneHotHistory);
run.WriteHistory(sparseHistory, "history-sparse.csv");
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "wine",
    ["seed"] = Seed,
    ["one_hot"] = new OrderedDictionary<string, object> { ["epochs"] = oneHotHistory.Epochs.Count, ["test_accuracy"] = oneHotTest["accuracy"], ["test_loss"] = oneHotTest["loss"] },
    ["sparse"] = new OrderedDictionary<string, object> { ["epochs"] = sparseHistory.Epochs.Count, ["test_accuracy"] = sparseTest["accuracy"], ["test_loss"] = sparseTest["loss"] },
    ["test_macro_f1"] = report.MacroAverage.F1Score,
});
Console.WriteLine($"Outputs: {run.Path} (history.csv: the one-hot run's per-epoch metrics, history-sparse.csv: the sparse run's; metrics.json: test results)");

// Builds, trains and evaluates the 13-16-3 network with the given loss and target encoding.
(Model Model, History History, Logs Test) Train(Loss loss, Tensor yTrain, Tensor yTest, bool summary)
{
    var model = new Sequential(
    [
        new Input([featureNames.Length]),
        new Dense(16, Activation.Relu),
        new Dense(classes.Length, Activation.Softmax),
    ], seed: Seed);
    model.Compile(new Adam(learningRate: 0.01), loss, metrics: ["accuracy"]);
    if (summary)
    {
        model.Summary();
    }

    History history = model.Fit(
        xTrain, yTrain,
        epochs: 300, batchSize: 16, validationSplit: 0.2,
        callbacks: [new EarlyStopping(monitor: "val_loss", minDelta: 1e-3, patience: 15, restoreBestWeights: true, verbose: 1)],
        verbose: 2);
    return (model, history, model.Evaluate(xTest, yTest));
}

// The predicted class of each row: the column of the largest probability.
static int[] ArgMax(Tensor probabilities)
{
    float[,] p = probabilities.ToArray2D();
    return [.. Enumerable.Range(0, p.GetLength(0)).Select(i => Enumerable.Range(0, p.GetLength(1)).MaxBy(j => p[i, j]))];
}
