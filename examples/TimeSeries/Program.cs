// TimeSeries: forecast next month's mean sunspot number from the previous 24 months with an LSTM, and compare it with
// the naive forecast "next month = this month". The data is R's sunspot.month (WDC-SILSO, Royal Observatory of
// Belgium; 3,177 months, 1749-01 to 2013-09, datasets/README.md): a noisy, roughly 11-year cycle whose length
// (9-14 years) and height change from cycle to cycle, enough months for a recurrent network to learn from.
// The recipe of a forecasting experiment (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", §5.8):
//   - a chronological split, first 70% train, next 15% validation, last 15% test (1973-12 to 2013-09): the test months all come
//     after everything the model was fitted or tuned on, and nothing is shuffled across the split;
//   - scaling fitted on the training months only, z = (x − mean) / std;
//   - sliding windows (examples/Shared/SlidingWindows.cs): 24 months (batch, 24, 1) → the next month (batch, 1),
//     grouped by where the target falls, so the first validation window reads the last training months as its past;
//   - LSTM(32) → Dense(1), MSE, Adam, early stopping on the validation loss with the best weights restored;
//   - on the test months, one-step-ahead RMSE and MAE of the model against the naive last-value forecast (the
//     benchmark a forecaster must beat: for a series this autocorrelated it is hard to beat by much).
// No seasonal-naive benchmark: the series has no yearly season (the same month a year earlier forecasts the test
// months with RMSE 37.1, twice the naive 19.1), and its 11-year cycle is too irregular to repeat.
// For reference, least-squares linear autoregression on the same 24 lags, fitted on train + validation, gives
// test RMSE 17.09 and MAE 12.64 (computed once with R's lm.fit).
//   dotnet run --project examples/TimeSeries               the full run (at most 60 epochs)
//   dotnet run --project examples/TimeSeries -- --quick    at most 12 epochs (a smoke test)
using System.Globalization;
using Dendrite.Examples;
using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Optimizers;
using Dendrite.Plots;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;
using MeanAbsoluteError = Dendrite.Metrics.MeanAbsoluteError;
using MeanSquaredError = Dendrite.Nn.Losses.MeanSquaredError;

const int Seed = 0, Lookback = 24, Units = 32;
bool quick = args is ["--quick"];
if (args.Length > 0 && !quick)
{
    Console.Error.WriteLine($"Unrecognised argument '{args[0]}'.\nUsage: [--quick]   (default: the full run)");
    return 2;
}

CsvTable table = CsvTable.Read(Datasets.Find("sunspot_month.csv"));
string[] dates = table.Text("date");
double[] values = table.Numbers("value");
int n = values.Length, trainEnd = (int)(0.70 * n), validationEnd = trainEnd + (int)(0.15 * n);
Console.WriteLine($"Read {n} months of mean sunspot numbers ({dates[0]} to {dates[^1]}, {values.Min()} to {values.Max()}) from {table.Path}");
Console.WriteLine($"Chronological split: train {Span(0, trainEnd)}, validation {Span(trainEnd, validationEnd)}, test {Span(validationEnd, n)}");

double mean = values[..trainEnd].Average();
double std = Math.Sqrt(values[..trainEnd].Average(v => (v - mean) * (v - mean)));
double[] scaled = [.. values.Select(v => (v - mean) / std)];
var (xTrain, yTrain) = SlidingWindows.Create(scaled, Lookback, from: Lookback, to: trainEnd);
var (xValidation, yValidation) = SlidingWindows.Create(scaled, Lookback, from: trainEnd, to: validationEnd);
var (xTest, _) = SlidingWindows.Create(scaled, Lookback, from: validationEnd, to: n);
Console.WriteLine($"Scaled with the training months' mean {mean:F2} and std {std:F2}; windows of {Lookback} months: train {xTrain.Shape}, validation {xValidation.Shape}, test {xTest.Shape}");

var model = new Sequential(
[
    new Input([Lookback, 1]),
    new LSTM(Units),
    new Dense(1),
], seed: Seed);
model.Compile(new Adam(learningRate: 1e-3), new MeanSquaredError());
model.Summary();

History history = model.Fit(
    xTrain, yTrain,
    epochs: quick ? 12 : 60, batchSize: 32, validationData: (xValidation, yValidation),
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 8, restoreBestWeights: true, verbose: 1)],
    verbose: 2);

double[] actual = values[validationEnd..];
double[] forecast = [.. model.Predict(xTest).ToArray().Select(z => (z * std) + mean)];
double[] naive = values[(validationEnd - 1)..(n - 1)];
var (rmse, mae) = Measure(actual, forecast);
var (naiveRmse, naiveMae) = Measure(actual, naive);
Console.WriteLine($"Trained {history.Epochs.Count} epochs{(quick ? " (--quick)" : "")}. One-step-ahead forecasts of the test months, {Span(validationEnd, n)}:");
Console.WriteLine("                              RMSE       MAE   RMSE / naive");
Console.WriteLine($"  LSTM({Units})                {rmse,8:F2}  {mae,8:F2}  {rmse / naiveRmse,13:F3}");
Console.WriteLine($"  naive (last month)      {naiveRmse,8:F2}  {naiveMae,8:F2}  {1,13:F3}");
Console.WriteLine($"Test RMSE: {rmse:F2}, test MAE: {mae:F2} (naive RMSE {naiveRmse:F2}, MAE {naiveMae:F2}); RMSE ratio to naive: {rmse / naiveRmse:F3}");

RunFolder run = RunFolder.Create("time-series");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "sunspot_month",
    ["seed"] = Seed,
    ["lookback"] = Lookback,
    ["epochs"] = history.Epochs.Count,
    ["test_months"] = actual.Length,
    ["test_rmse"] = rmse,
    ["test_mae"] = mae,
    ["naive_rmse"] = naiveRmse,
    ["naive_mae"] = naiveMae,
    ["rmse_ratio_to_naive"] = rmse / naiveRmse,
});
ForecastPlot.Save(
    actual,
    new OrderedDictionary<string, IReadOnlyList<double>> { [$"LSTM({Units}) forecast"] = forecast, ["naive forecast (last month)"] = naive },
    Path.Combine(run.Path, "forecast.png"),
    time: [.. dates[validationEnd..].Select(DecimalYear)],
    title: "Monthly sunspot number, test months: one-step-ahead forecasts",
    timeLabel: "year",
    valueLabel: "monthly mean sunspot number");
LearningCurves.Save(history, Path.Combine(run.Path, "learning_curves.png"), monitor: "val_loss");
Console.WriteLine($"Outputs: {run.Path} (history.csv, metrics.json, forecast.png, learning_curves.png)");
return 0;

// "1749-01 to 1934-03 (2223 months)": the dates of the steps [from, to).
string Span(int from, int to) => $"{dates[from]} to {dates[to - 1]} ({to - from} months)";

// "1974-01" → 1974.0, "1974-07" → 1974.5: the month's start as a decimal year.
static double DecimalYear(string date) =>
    int.Parse(date[..4], CultureInfo.InvariantCulture) + ((int.Parse(date[5..], CultureInfo.InvariantCulture) - 1) / 12.0);

// RMSE and MAE of forecasts against the actual values, with the library's metrics.
static (double Rmse, double Mae) Measure(double[] actual, double[] forecast)
{
    Tensor yTrue = Rows.Column(actual), yPred = Rows.Column(forecast);
    Metric[] metrics = [new RootMeanSquaredError(), new MeanAbsoluteError()];
    foreach (Metric metric in metrics)
    {
        metric.UpdateState(yTrue, yPred);
    }

    return (metrics[0].Result(), metrics[1].Result());
}
