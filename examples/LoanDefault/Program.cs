// LoanDefault: will a borrower pay back the loan? The course's capstone, end to end with Dendrite.Data, on the
// credit-scoring data (4,454 loans, target 'Status' good / bad; positive class 'bad', 28% of the loans; 455 missing
// cells; Home, Marital, Records and Job are categories). It prints the exploration tables (describe, missing values,
// class balance, correlation with the target), splits 80/20 stratified with a fixed seed, fits the preprocessing on the
// training rows only — four derived columns (DerivedColumns: LoanToValue = Amount / Price, AmountPerMonth = Amount /
// Time, FreeIncome = Income − Expenses, DebtToIncome = Debt / Income; a zero divisor is a missing cell), then
// ColumnTransformer.FromTable, chosen from the column kinds: median imputation + missing indicators + standardisation
// for numbers, most-frequent imputation + one-hot for categories — and trains an MLP (128-64, each Dense followed by
// BatchNormalization, ReLU and dropout 0.4; AdamW 1e-3 with weight decay 1e-2, batches of 64, ReduceLROnPlateau
// halving the rate after 5 flat epochs) on the first 80% of the training rows with the last 20% for validation
// (Keras' validationSplit rows) and early stopping on val_loss, restoring the best weights. `--class-weights` weighs
// each class by n / (2 · count) (scikit-learn's "balanced") against the imbalance; `--seed N` changes the split and
// initialisation seed (default 42).
// It prints test accuracy, precision, recall, F1 and exact ROC-AUC (as scikit-learn's roc_auc_score) of 'bad' at
// threshold 0.5, the confusion matrix, the classification report, then the threshold that maximises F1 on the
// validation rows (searched on a 0.01 grid) and the test measures at that threshold. Bad is predicted when
// P(bad) > threshold, as Keras' Precision / Recall / F1Score count it. The model is saved through TabularModel
// (network + fitted preprocessing with its derived columns, and the chosen threshold), so TabularModel.Load(…).Predict
// works on raw CSV rows.
// The recipe was chosen by 5-fold stratified cross-validation on the seed-42 training rows (two initialisation seeds,
// mean accuracy / ROC-AUC), never by the test rows: the former 64-32 ReLU, dropout 0.3, Adam, batches of 32 with a
// Yeo-Johnson PowerTransformer 0.7965 / 0.8452; the same with BatchNormalization, 128-64, dropout 0.4, AdamW, batches of
// 64 and ReduceLROnPlateau 0.8034 / 0.8475; that with the StandardScaler (kept: as good, and the model then exports to
// ONNX) 0.8055 / 0.8473. Not kept: AdamW alone 0.7976 / 0.8435, ReduceLROnPlateau alone 0.7960 / 0.8445, batches of 64
// alone 0.7974 / 0.8442, the StandardScaler alone 0.8058 / 0.8429, a 3-member ensemble of the kept network averaged by
// an Average layer 0.8062 / 0.8477 (three times the work for +0.0007 / +0.0004).
// Test accuracy / ROC-AUC at threshold 0.5, by --seed (before → now):
//   42: 0.7935 / 0.8531 → 0.7980 / 0.8468   0: 0.8103 / 0.8625 → 0.8036 / 0.8616   1: 0.7980 / 0.8474 → 0.8036 / 0.8460
//   2: 0.7935 / 0.8471 → 0.8081 / 0.8522    7: 0.7924 / 0.8314 → 0.7935 / 0.8456   mean 0.7975 / 0.8483 → 0.8034 / 0.8504
// The issue's targets (accuracy ≥ 0.82 and ROC-AUC ≥ 0.855 on the seed-42 split) are NOT met, and on this split they are
// beyond an MLP: bench/reference/loan_default_torch.py trains PyTorch 1.13 MLPs with the same features and
// preprocessing on exactly these rows (indices exported from TrainTestSplit) and gets at seed 42 0.7980 / 0.8515
// (64-32), 0.8002 / 0.8512 (128-64 + BatchNorm, AdamW), 0.7924 / 0.8522 (5-seed ensemble), 0.7924 / 0.8476 (entity
// embeddings for the categories), 0.7946 / 0.8548 (refit on all training rows); scikit-learn's
// HistGradientBoostingClassifier 0.7845 / 0.8376 and logistic regression 0.7890 / 0.8396.
using System.Diagnostics;
using Dendrite.Data.Csv;
using Dendrite.Data.Exploration;
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Splits;
using Dendrite.Data.Tables;
using Dendrite.Examples;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Plots;
using Dendrite.TensorBoard;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const string Target = "Status", Positive = "bad";
const int BatchSize = 64;
int seed = args.SkipWhile(a => a != "--seed").Skip(1).Select(int.Parse).FirstOrDefault(42);
bool classWeights = args.Contains("--class-weights");
string[] classNames = ["good", Positive]; // report order: code 0 = good, 1 = bad (the positive class)

string path = Datasets.Find("credit_data.csv");
DataTable table = CsvFile.Read(path);
Console.WriteLine($"Read {table.RowCount} loans, {table.Columns.Count - 1} features from {path}\n");
Console.WriteLine(table.Describe());
Console.WriteLine(table.MissingValues());
Console.WriteLine(table.ClassBalance(Target));
Console.WriteLine(table.CorrelationWithTarget(Target, positiveClass: Positive));

var (train, test) = TrainTestSplit.Apply(table, TrainTestSplit.Split(table, testSize: 0.2, seed: seed, stratify: Target));
int fitCount = (int)Math.Ceiling(train.RowCount * 0.8); // Keras' validationSplit 0.2: the last 20% validate
DataTable fit = train.Take([.. Enumerable.Range(0, fitCount)]);
DataTable validation = train.Take([.. Enumerable.Range(fitCount, train.RowCount - fitCount)]);

// Feature engineering inside the preprocessing: four derived columns of each row (a zero divisor gives a missing cell,
// which the imputer fills). They are saved with the model, so raw rows need no feature engineering of their own.
var derived = new DerivedColumns([
    DerivedColumn.Ratio("LoanToValue", "Amount", "Price"),
    DerivedColumn.Ratio("AmountPerMonth", "Amount", "Time"),
    DerivedColumn.Difference("FreeIncome", "Income", "Expenses"),
    DerivedColumn.Ratio("DebtToIncome", "Debt", "Income"),
]);
Console.WriteLine($"Added derived features: {string.Join(", ", derived.Columns)}");
var prep = TabularPreprocessor.Fit(train, Target, features: ColumnTransformer.FromTable(derived.Transform(train), exclude: [Target]), derivedColumns: derived);
Console.WriteLine($"Train {train.RowCount} rows ({fit.RowCount} fit + {validation.RowCount} validation), test {test.RowCount} rows (stratified, seed {seed})");
Console.WriteLine($"Preprocessing fitted on the training rows: {table.Columns.Count - 1} columns + {derived.Columns.Count} derived → {prep.FeatureCount} features ({string.Join(", ", prep.FeatureNames)})\n");

// The target codes follow the encoder's sorted classes: bad = 0, good = 1.
Dictionary<int, double>? weights = null;
if (classWeights)
{
    int[] counts = [.. prep.TargetEncoders[0].Classes.Select(c => Enumerable.Range(0, fit.RowCount).Count(r => fit[Target].Format(r) == c))];
    weights = new() { [0] = fit.RowCount / (2.0 * counts[0]), [1] = fit.RowCount / (2.0 * counts[1]) };
    Console.WriteLine($"Class weights (balanced): bad {weights[0]:F3}, good {weights[1]:F3}");
}

var network = new Sequential(
[
    new Input([prep.FeatureCount]),
    new Dense(128),
    new BatchNormalization(),
    new ActivationLayer(Activation.Relu),
    new Dropout(0.4),
    new Dense(64),
    new BatchNormalization(),
    new ActivationLayer(Activation.Relu),
    new Dropout(0.4),
    new Dense(1, Activation.Sigmoid),
], seed: seed);
network.Compile(new AdamW(learningRate: 0.001, weightDecay: 0.01), new BinaryCrossentropy(), metrics: ["accuracy"]);
network.Summary();

RunFolder run = RunFolder.Create("loan-default");
string tensorBoardLogs = Path.Combine(run.Path, "tensorboard");
var plots = new PlotsCallback(run.Path);
var clock = Stopwatch.StartNew();
History history = network.Fit(
    prep.TransformFeatures(fit), prep.TransformTargets(fit),
    epochs: 200, batchSize: BatchSize,
    validationData: (prep.TransformFeatures(validation), prep.TransformTargets(validation)),
    classWeight: weights,
    callbacks:
    [
        new EarlyStopping(monitor: "val_loss", patience: 15, restoreBestWeights: true, verbose: 1),
        new ReduceLROnPlateau(monitor: "val_loss", factor: 0.5, patience: 5, verbose: 1),
        new TensorBoard(tensorBoardLogs, histogramFreq: 5),
        plots,
    ]);
clock.Stop();
int steps = (fit.RowCount + BatchSize - 1) / BatchSize;
Console.WriteLine($"Trained {history.Epochs.Count} epochs of {steps} steps in {clock.Elapsed.TotalSeconds:F1} s ({1000 * clock.Elapsed.TotalSeconds / (history.Epochs.Count * steps):F2} ms/step, validation included)\n");

var model = new TabularModel(prep, network);
(float[] P, int[] Y) Scores(DataTable rows)
{
    Tensor probabilities = model.Predict(rows).Probabilities!; // columns: P(bad), P(good) (sorted classes)
    float[] p = probabilities.ToArray();
    return ([.. Enumerable.Range(0, rows.RowCount).Select(r => p[2 * r])], [.. Enumerable.Range(0, rows.RowCount).Select(r => rows[Target].Format(r) == Positive ? 1 : 0)]);
}

var (pTest, yTest) = Scores(test);
var (pVal, yVal) = Scores(validation);
Scores atHalf = Measure(pTest, yTest, 0.5);
Console.WriteLine($"On the {test.RowCount} test rows (positive class: {Positive}, threshold 0.5):");
Print(atHalf);

double best = Enumerable.Range(5, 91).Select(t => t / 100.0).MaxBy(t => Measure(pVal, yVal, t).F1);
Console.WriteLine($"Decision threshold maximising F1 on the {validation.RowCount} validation rows: {best:F2} (validation F1 {Measure(pVal, yVal, best).F1:F4}, at 0.5: {Measure(pVal, yVal, 0.5).F1:F4})");
Scores atBest = Measure(pTest, yTest, best);
Console.WriteLine($"On the test rows at threshold {best:F2}:");
Print(atBest);

model.Threshold = 1 - best; // TabularModel predicts the second class (good) when P(good) > threshold, i.e. bad when P(bad) ≥ best
IReadOnlyList<string> evaluationPlots = RunPlots.WriteClassification(
    run.Path, new Tensor([.. yTest.Select(v => (float)v)], new Shape(yTest.Length, 1)), new Tensor(pTest, new Shape(pTest.Length, 1)), classNames);
string modelPath = Path.Combine(run.Path, "model.dendrite");
model.Save(modelPath);
TabularPredictions reloaded = TabularModel.Load(modelPath).Predict(CsvFile.Read(path).Take([0, 1, 2])); // raw CSV rows, as a service receives them
Console.WriteLine($"The saved model on the first 3 raw rows of the CSV: {string.Join(", ", reloaded.Labels)} (P(bad) {string.Join(", ", Enumerable.Range(0, 3).Select(r => reloaded.Probabilities![r, 0].ToString("F3")))})");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "credit_data",
    ["positive_class"] = Positive,
    ["seed"] = seed,
    ["class_weights"] = classWeights,
    ["epochs"] = history.Epochs.Count,
    ["train_seconds"] = clock.Elapsed.TotalSeconds,
    ["test_accuracy"] = atHalf.Accuracy,
    ["test_precision"] = atHalf.Precision,
    ["test_recall"] = atHalf.Recall,
    ["test_f1"] = atHalf.F1,
    ["test_roc_auc"] = atHalf.Auc,
    ["confusion_matrix"] = atHalf.Matrix,
    ["best_threshold"] = best,
    ["test_at_best_threshold"] = new OrderedDictionary<string, object>
    {
        ["accuracy"] = atBest.Accuracy,
        ["precision"] = atBest.Precision,
        ["recall"] = atBest.Recall,
        ["f1"] = atBest.F1,
        ["confusion_matrix"] = atBest.Matrix,
    },
});
Console.WriteLine($"Plots: {string.Join(", ", plots.Files.Concat(evaluationPlots).Select(Path.GetFileName))}");
Console.WriteLine($"TensorBoard logs: {tensorBoardLogs} (view with: tensorboard --logdir {tensorBoardLogs})");
Console.WriteLine($"Outputs: {run.Path} (model.dendrite: network + preprocessing, predicts raw rows; history.csv: per-epoch metrics; metrics.json: test results; *.png: plots; tensorboard/: event files)");

// Every measure from P(bad) with the library's metrics; bad is predicted when P(bad) > threshold.
static Scores Measure(float[] p, int[] y, double threshold)
{
    Tensor probabilities = new(p, new Shape(p.Length, 1)), labels = new([.. y.Select(v => (float)v)], new Shape(y.Length, 1));
    var precision = new Precision(thresholds: [threshold]);
    var recall = new Recall(thresholds: [threshold]);
    var f1 = new F1Score(threshold: threshold);
    var auc = new AUC(exact: true);
    var confusion = new ConfusionMatrix(numClasses: 2, threshold: threshold);
    foreach (Metric metric in new Metric[] { precision, recall, f1, auc, confusion })
    {
        metric.UpdateState(labels, probabilities);
    }

    int[] predicted = [.. p.Select(v => v > threshold ? 1 : 0)];
    return new Scores(confusion.Result(), precision.Result(), recall.Result(), f1.Result(), auc.Result(), confusion.Matrix,
        ClassificationReport.FromLabels(y, predicted, ["good", "bad"]));
}

void Print(Scores s)
{
    Console.WriteLine($"Test accuracy: {s.Accuracy:F4}");
    Console.WriteLine($"Test precision: {s.Precision:F4}");
    Console.WriteLine($"Test recall: {s.Recall:F4}");
    Console.WriteLine($"Test F1: {s.F1:F4}");
    Console.WriteLine($"Test ROC-AUC: {s.Auc:F4}");
    Console.WriteLine("Confusion matrix (rows = true class, columns = predicted class):");
    Console.WriteLine($"{"",8}{classNames[0],8}{classNames[1],8}");
    for (int i = 0; i < 2; i++)
    {
        Console.WriteLine($"{classNames[i],8}{s.Matrix[i, 0],8}{s.Matrix[i, 1],8}");
    }

    Console.WriteLine("Classification report:");
    Console.WriteLine(s.Report.ToString(digits: 4));
}

/// <summary>The test measures at one threshold.</summary>
internal sealed record Scores(double Accuracy, double Precision, double Recall, double F1, double Auc, int[,] Matrix, ClassificationReport Report);
