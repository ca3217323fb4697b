// LoanDefault: will a borrower pay back the loan? The course's capstone, end to end with Dendrite.Data, on the
// credit-scoring data (4,454 loans, target 'Status' good / bad; positive class 'bad', 28% of the loans; 455 missing
// cells; Home, Marital, Records and Job are categories). It prints the exploration tables (describe, missing values,
// class balance, correlation with the target), splits 80/20 stratified with a fixed seed, fits the preprocessing on the
// training rows only (ColumnTransformer.FromTable, chosen from the column kinds: median imputation + missing indicators + standardisation for
// numbers, most-frequent imputation + one-hot for categories), and trains a small MLP on the first 80% of the training
// rows with the last 20% for validation (Keras' validationSplit rows) and early stopping on val_loss, restoring the
// best weights. `--class-weights` weighs each class by n / (2 · count) (scikit-learn's "balanced") against the
// imbalance; `--seed N` changes the split and initialisation seed (default 42).
// It prints test accuracy, precision, recall, F1 and exact ROC-AUC (as scikit-learn's roc_auc_score) of 'bad' at
// threshold 0.5, the confusion matrix, the classification report, then the threshold that maximises F1 on the
// validation rows (searched on a 0.01 grid) and the test measures at that threshold. Bad is predicted when
// P(bad) > threshold, as Keras' Precision / Recall / F1Score count it. The model is saved through TabularModel
// (network + fitted preprocessing, with the chosen threshold) so that TabularModel.Load(…).Predict works on raw rows
// that carry the four ratio columns (AddRatios below; they are added before the split and are not saved in the model).
// Numbers go through a Yeo-Johnson PowerTransformer (NumericScaling.Power) instead of the StandardScaler.
// Measured test accuracy / ROC-AUC at threshold 0.5 (64-32 ReLU, dropout 0.3, Adam 1e-3, patience 15), by --seed:
//   42: 0.7935 / 0.8531   1: 0.7980 / 0.8474   7: 0.7924 / 0.8314   0: 0.8103 / 0.8625   2: 0.7935 / 0.8471
// (before the ratios and the PowerTransformer: 42: 0.7845 / 0.8441, 1: 0.807 / 0.840, 7: 0.797 / 0.844). The issue's
// targets (accuracy ≥ 0.82, ROC-AUC ≥ 0.855 on the seed-42 split) are NOT met; scikit-learn 1.2.1 with the same
// features and preprocessing averages 0.807 / 0.854 over 8 splits (MLP(64, 32) and logistic regression alike).
// Tried and not kept: 32-16 ReLU, dropout 0.2, L2(1e-3), patience 20: 42: 0.7946 / 0.8493, 1: 0.7935 / 0.8404,
// 7: 0.7969 / 0.8375, 0: 0.7991 / 0.8566, 2: 0.7912 / 0.8453.
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

// Feature engineering: four ratios of the raw columns, added before the split. A zero divisor gives a missing cell,
// which the imputer fills. They are not part of the saved preprocessing: raw rows passed to the saved model need
// them too (call the same AddRatios first), or TabularModel.Predict names them as absent columns.
table = AddRatios(table);
Console.WriteLine("Added ratio features: LoanToValue = Amount / Price, AmountPerMonth = Amount / Time, FreeIncome = Income - Expenses, DebtToIncome = Debt / Income\n");

var (train, test) = TrainTestSplit.Apply(table, TrainTestSplit.Split(table, testSize: 0.2, seed: seed, stratify: Target));
int fitCount = (int)Math.Ceiling(train.RowCount * 0.8); // Keras' validationSplit 0.2: the last 20% validate
DataTable fit = train.Take([.. Enumerable.Range(0, fitCount)]);
DataTable validation = train.Take([.. Enumerable.Range(fitCount, train.RowCount - fitCount)]);
var prep = TabularPreprocessor.Fit(train, Target, features: ColumnTransformer.FromTable(train, exclude: [Target], scaling: NumericScaling.Power));
Console.WriteLine($"Train {train.RowCount} rows ({fit.RowCount} fit + {validation.RowCount} validation), test {test.RowCount} rows (stratified, seed {seed})");
Console.WriteLine($"Preprocessing fitted on the training rows: {table.Columns.Count - 1} columns → {prep.FeatureCount} features ({string.Join(", ", prep.FeatureNames)})\n");

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
    new Dense(64, Activation.Relu),
    new Dropout(0.3),
    new Dense(32, Activation.Relu),
    new Dropout(0.3),
    new Dense(1, Activation.Sigmoid),
], seed: seed);
network.Compile(new Adam(learningRate: 0.001), new BinaryCrossentropy(), metrics: ["accuracy"]);
network.Summary();

RunFolder run = RunFolder.Create("loan-default");
string tensorBoardLogs = Path.Combine(run.Path, "tensorboard");
var plots = new PlotsCallback(run.Path);
var clock = Stopwatch.StartNew();
History history = network.Fit(
    prep.TransformFeatures(fit), prep.TransformTargets(fit),
    epochs: 200, batchSize: 32,
    validationData: (prep.TransformFeatures(validation), prep.TransformTargets(validation)),
    classWeight: weights,
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 15, restoreBestWeights: true, verbose: 1), new TensorBoard(tensorBoardLogs, histogramFreq: 5), plots]);
clock.Stop();
int steps = (fit.RowCount + 31) / 32;
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

// LoanToValue = Amount / Price, AmountPerMonth = Amount / Time, FreeIncome = Income − Expenses, DebtToIncome = Debt / Income;
// a missing operand or a zero divisor gives a missing cell.
static DataTable AddRatios(DataTable rows)
{
    double[] Of(string name) => [.. Enumerable.Range(0, rows.RowCount).Select(r => rows[name].IsMissing(r) ? double.NaN : ((NumericColumn)rows[name])[r])];
    static double Ratio(double a, double b) => b == 0 ? double.NaN : a / b;
    double[] amount = Of("Amount"), price = Of("Price"), time = Of("Time"), income = Of("Income"), expenses = Of("Expenses"), debt = Of("Debt");
    return rows
        .With(new NumericColumn("LoanToValue", [.. amount.Zip(price, Ratio)]))
        .With(new NumericColumn("AmountPerMonth", [.. amount.Zip(time, Ratio)]))
        .With(new NumericColumn("FreeIncome", [.. income.Zip(expenses, (i, e) => i - e)]))
        .With(new NumericColumn("DebtToIncome", [.. debt.Zip(income, Ratio)]));
}

/// <summary>The test measures at one threshold.</summary>
internal sealed record Scores(double Accuracy, double Precision, double Recall, double F1, double Auc, int[,] Matrix, ClassificationReport Report);
