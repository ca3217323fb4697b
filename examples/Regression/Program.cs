// Regression: predict diabetes progression one year after baseline from ten raw measurements (scikit-learn's
// diabetes data, unscaled: age, sex, bmi, blood pressure, six serum values). A seeded 80/20 split; features and
// target standardised on the training rows only (the network learns z = (y − mean) / std, and its predictions
// are turned back into progression units before measuring); a 10-16-1 network trained with MSE, Adam, a
// validation split and early stopping. RMSE, MAE and R² on the test rows are printed next to a baseline that
// always predicts the training mean: R² measures how much of the variance the model explains beyond it.
// For reference, ordinary least squares on the same split and raw features gives RMSE 47.36, MAE 38.15,
// R² 0.6094 (computed once with the normal equations). With only 88 test rows R² moves a lot from split to
// split: on scikit-learn's train_test_split(test_size=0.2, random_state=42) linear regression scores about 0.45.
using Dendrite.Examples;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;
using MeanAbsoluteError = Dendrite.Metrics.MeanAbsoluteError;
using MeanSquaredError = Dendrite.Nn.Losses.MeanSquaredError;

const int Seed = 42;
CsvTable table = CsvTable.Read(Datasets.Find("diabetes.csv"));
string[] featureNames = [.. table.Columns.Where(c => c != "progression")];
double[][] features = table.Matrix(featureNames);
double[] target = table.Numbers("progression");
Console.WriteLine($"Read {table.RowCount} patients, {featureNames.Length} features ({string.Join(", ", featureNames)}) and the target 'progression' from {table.Path}");

var (trainRows, testRows) = DataSplit.Shuffled(table.RowCount, testFraction: 0.2, seed: Seed);
var scaler = Standardizer.Fit(features, trainRows);
double yMean = trainRows.Average(r => target[r]);
double yStd = Math.Sqrt(trainRows.Average(r => Math.Pow(target[r] - yMean, 2)));
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor xTest = scaler.Transform(features, testRows);
Tensor zTrain = Rows.Column(trainRows.Select(r => (target[r] - yMean) / yStd));
Tensor yTest = Rows.Column(testRows.Select(r => target[r]));
Console.WriteLine($"Train {trainRows.Length} rows, test {testRows.Length} rows (seed {Seed}); features and target standardised on the training rows (target mean {yMean:F1}, std {yStd:F1})");

var model = new Sequential(
[
    new Input([featureNames.Length]),
    new Dense(16, Activation.Relu),
    new Dense(1),
], seed: Seed);
model.Compile(new Adam(learningRate: 0.01), new MeanSquaredError());
model.Summary();

History history = model.Fit(
    xTrain, zTrain,
    epochs: 300, batchSize: 32, validationSplit: 0.2,
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 20, restoreBestWeights: true, verbose: 1)],
    verbose: 2);

Tensor predicted = Rows.Column(model.Predict(xTest).ToArray().Select(z => (z * yStd) + yMean));
Tensor baseline = Rows.Column(testRows.Select(_ => yMean));
var (rmse, mae, r2) = Measure(yTest, predicted);
var (baseRmse, baseMae, baseR2) = Measure(yTest, baseline);
Console.WriteLine($"Trained {history.Epochs.Count} epochs. On the {testRows.Length} test rows (progression units):");
Console.WriteLine("                            RMSE       MAE        R²");
Console.WriteLine($"  network                {rmse,8:F2}  {mae,8:F2}  {r2,8:F4}");
Console.WriteLine($"  baseline (train mean)  {baseRmse,8:F2}  {baseMae,8:F2}  {baseR2,8:F4}");
Console.WriteLine($"Test RMSE: {rmse:F2}, test MAE: {mae:F2}, test R2: {r2:F4} (baseline RMSE {baseRmse:F2}, MAE {baseMae:F2}, R2 {baseR2:F4})");

RunFolder run = RunFolder.Create("regression");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "diabetes",
    ["seed"] = Seed,
    ["epochs"] = history.Epochs.Count,
    ["test_rmse"] = rmse,
    ["test_mae"] = mae,
    ["test_r2"] = r2,
    ["baseline_rmse"] = baseRmse,
    ["baseline_mae"] = baseMae,
    ["baseline_r2"] = baseR2,
});
Console.WriteLine($"Outputs: {run.Path} (history.csv: per-epoch losses on the standardised target; metrics.json: test results)");

// RMSE, MAE and R² of predictions against targets, with the library's metrics.
static (double Rmse, double Mae, double R2) Measure(Tensor yTrue, Tensor yPred)
{
    Metric[] metrics = [new RootMeanSquaredError(), new MeanAbsoluteError(), new R2Score()];
    foreach (Metric metric in metrics)
    {
        metric.UpdateState(yTrue, yPred);
    }

    return (metrics[0].Result(), metrics[1].Result(), metrics[2].Result());
}
