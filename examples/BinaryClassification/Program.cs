// BinaryClassification: is a breast mass malignant? The Breast Cancer Wisconsin (Diagnostic) data: 30 measurements
// of cell nuclei per sample, target 'diagnosis', positive class 'malignant' (label 1; benign is 0). A stratified,
// seeded 80/20 split; features standardised on the training rows only; a 30-16-1 network with a sigmoid output
// trained on binary cross-entropy with Adam, a validation split and early stopping. On the test rows it prints
// accuracy, precision, recall and F1 of the malignant class (threshold 0.5), the exact ROC-AUC (as scikit-learn's
// roc_auc_score), the confusion matrix (rows = true class, columns = predicted) and the scikit-learn-style
// classification report.
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
const double Threshold = 0.5;
string[] classNames = ["benign", "malignant"];
CsvTable table = CsvTable.Read(Datasets.Find("breast_cancer.csv"));
string[] featureNames = [.. table.Columns.Where(c => c != "diagnosis")];
double[][] features = table.Matrix(featureNames);
int[] labels = [.. table.Text("diagnosis").Select(d => Array.IndexOf(classNames, d))];
Console.WriteLine($"Read {table.RowCount} samples, {featureNames.Length} features from {table.Path}: {labels.Count(l => l == 1)} malignant (positive, 1), {labels.Count(l => l == 0)} benign (0)");

var (trainRows, testRows) = DataSplit.Stratified(labels, testFraction: 0.2, seed: Seed);
var scaler = Standardizer.Fit(features, trainRows);
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor yTrain = Rows.Column(trainRows.Select(r => (double)labels[r]));
Tensor xTest = scaler.Transform(features, testRows);
Tensor yTest = Rows.Column(testRows.Select(r => (double)labels[r]));
Console.WriteLine($"Train {trainRows.Length} rows, test {testRows.Length} rows (stratified, seed {Seed}); features standardised on the training rows");

var model = new Sequential(
[
    new Input([featureNames.Length]),
    new Dense(16, Activation.Relu),
    new Dense(1, Activation.Sigmoid),
], seed: Seed);
model.Compile(new Adam(learningRate: 0.001), new BinaryCrossentropy(), metrics: ["accuracy"]);
model.Summary();

History history = model.Fit(
    xTrain, yTrain,
    epochs: 300, batchSize: 16, validationSplit: 0.2,
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 15, restoreBestWeights: true, verbose: 1)],
    verbose: 2);

// Every measure from the predicted probabilities of the test rows, with the library's metrics.
Tensor probabilities = model.Predict(xTest);
var precision = new Precision(thresholds: [Threshold]);
var recall = new Recall(thresholds: [Threshold]);
var f1 = new F1Score(threshold: Threshold);
var auc = new AUC(exact: true);
var confusion = new ConfusionMatrix(numClasses: 2, threshold: Threshold);
foreach (Metric metric in new Metric[] { precision, recall, f1, auc, confusion })
{
    metric.UpdateState(yTest, probabilities);
}

int[] predicted = [.. probabilities.ToArray().Select(p => p > Threshold ? 1 : 0)];
var report = ClassificationReport.FromLabels(Rows.Take(labels, testRows), predicted, classNames);
Console.WriteLine($"Trained {history.Epochs.Count} epochs. On the {testRows.Length} test rows (positive class: malignant, threshold {Threshold}):");
Console.WriteLine($"Test accuracy: {confusion.Result():F4}");
Console.WriteLine($"Test precision: {precision.Result():F4}");
Console.WriteLine($"Test recall: {recall.Result():F4}");
Console.WriteLine($"Test F1: {f1.Result():F4}");
Console.WriteLine($"Test ROC-AUC: {auc.Result():F4}");
int[,] counts = confusion.Matrix;
Console.WriteLine("Confusion matrix (rows = true class, columns = predicted class):");
Console.WriteLine($"{"",12}{classNames[0],11}{classNames[1],11}");
for (int i = 0; i < classNames.Length; i++)
{
    Console.WriteLine($"{classNames[i],12}{counts[i, 0],11}{counts[i, 1],11}");
}

Console.WriteLine("Classification report:");
Console.Write(report.ToString(digits: 4));

RunFolder run = RunFolder.Create("binary-classification");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "breast_cancer",
    ["positive_class"] = "malignant",
    ["seed"] = Seed,
    ["epochs"] = history.Epochs.Count,
    ["test_accuracy"] = confusion.Result(),
    ["test_precision"] = precision.Result(),
    ["test_recall"] = recall.Result(),
    ["test_f1"] = f1.Result(),
    ["test_roc_auc"] = auc.Result(),
    ["confusion_matrix"] = confusion.Matrix,
});
Console.WriteLine($"Outputs: {run.Path} (history.csv: per-epoch metrics; metrics.json: test results)");
