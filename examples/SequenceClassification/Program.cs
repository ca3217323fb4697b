// SequenceClassification: Fashion-MNIST images read row by row as sequences — 28 steps (the rows, top to bottom) of 28
// features (the pixels of a row, / 255), input (batch, 28, 28) — classified by a recurrent layer of 128 units whose last
// output feeds Dense(10): LSTM(128) (the issue's bar: test accuracy ≥ 0.88; Keras reaches ~0.88–0.90 with this model in
// ~10 epochs), with GRU(128) and SimpleRNN(128), the Elman network, for comparison. Adam 1e-3, batch 128, cross-entropy
// on the logits, seed 0, 10 epochs.
//   dotnet run --project examples/SequenceClassification -c Release                  the LSTM
//   dotnet run --project examples/SequenceClassification -c Release -- --model all   LSTM, GRU and SimpleRNN, and a table
//   dotnet run --project examples/SequenceClassification -- --model gru --epochs 5
//   dotnet run --project examples/SequenceClassification -- --quick                  2,000 / 1,000 images, one epoch, all three
// Data (FashionMnistData.LoadRows), timing (EpochTimer) and the run folder are the Fashion-MNIST examples' helpers.
using System.Globalization;
using Dendrite.Examples;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const int Units = 128, BatchSize = 128, Seed = 0;
string[] cells = ["lstm", "gru", "simplernn"];
if (!TryParse(args, out string modelChoice, out int epochs, out bool quick, out string error))
{
    Console.Error.WriteLine($"{error}\nUsage: [--model lstm|gru|simplernn|all] [--epochs N] [--quick]   (default: --model lstm --epochs 10)");
    return 2;
}

string[] chosen = quick || modelChoice == "all" ? cells : [modelChoice];
epochs = quick ? 1 : epochs;
FashionMnistData data = FashionMnistData.LoadRows(quick ? FashionMnistExperiment.QuickTrain : null, quick ? FashionMnistExperiment.QuickTest : null);
Console.WriteLine($"Read Fashion-MNIST from {data.Source}: {data.TrainImages.Shape[0]} training and {data.TestImages.Shape[0]} test images {data.TrainImages.Shape}, each 28 steps (rows) of 28 features (pixels){(quick ? " (--quick: a subset, one epoch)" : "")}");

RunFolder run = RunFolder.Create("sequence-classification");
var rows = new List<(string Name, long Parameters, double Accuracy, double Loss, double Seconds)>();
var results = new OrderedDictionary<string, object>();
foreach (string cell in chosen)
{
    Layer recurrent = cell switch
    {
        "gru" => new GRU(Units),
        "simplernn" => new SimpleRNN(Units),
        _ => new LSTM(Units),
    };
    var model = new Sequential([new Input([28, 28]), recurrent, new Dense(10)], seed: Seed);
    model.Compile(new Adam(learningRate: 1e-3), new SparseCategoricalCrossentropy(fromLogits: true), metrics: ["accuracy"]);
    model.Summary();
    string name = $"{recurrent.GetType().Name}({Units})";
    Console.WriteLine($"{name}: {epochs} epochs, batch {BatchSize}, Adam 1e-3, seed {Seed}");
    var timer = new EpochTimer();
    History history = model.Fit(data.TrainImages, data.TrainLabels, epochs: epochs, batchSize: BatchSize, callbacks: [timer], verbose: 1);
    Logs test = model.Evaluate(data.TestImages, data.TestLabels, batchSize: 1000);
    string load = FashionMnistExperiment.LoadAverage();
    Console.WriteLine($"{name}: test accuracy {test["accuracy"]:F4}, test loss {test["loss"]:F4}, {timer.MedianSeconds:F1} s per epoch (median of {epochs}; load average {load})");

    run.WriteHistory(history, $"history_{cell}.csv");
    model.Save(Path.Combine(run.Path, $"model_{cell}.dendrite"));
    rows.Add((name, model.CountParams(), test["accuracy"], test["loss"], timer.MedianSeconds));
    results[cell] = new OrderedDictionary<string, object>
    {
        ["layer"] = name,
        ["parameters"] = model.CountParams(),
        ["test_accuracy"] = test["accuracy"],
        ["test_loss"] = test["loss"],
        ["seconds_per_epoch"] = timer.Seconds,
        ["seconds_per_epoch_median"] = timer.MedianSeconds,
        ["load_average"] = load,
    };
}

Console.WriteLine();
Console.WriteLine($"{"Model",-16} {"Parameters",10} {"Test accuracy",14} {"Test loss",10} {"s/epoch",8}");
foreach (var (name, parameters, accuracy, loss, seconds) in rows)
{
    Console.WriteLine($"{name,-16} {parameters.ToString("N0", CultureInfo.InvariantCulture),10} {accuracy,14:F4} {loss,10:F4} {seconds,8:F1}");
}

run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "fashion-mnist",
    ["input"] = "(batch, 28, 28): 28 steps (image rows) of 28 features (pixels / 255)",
    ["quick"] = quick,
    ["epochs"] = epochs,
    ["batch_size"] = BatchSize,
    ["seed"] = Seed,
    ["models"] = results,
});
Console.WriteLine($"Outputs: {run.Path} (history_<model>.csv: per-epoch metrics; metrics.json: test results; model_<model>.dendrite: the trained models)");
return 0;

static bool TryParse(string[] args, out string model, out int epochs, out bool quick, out string error)
{
    (model, epochs, quick, error) = ("lstm", 10, false, "");
    for (int i = 0; i < args.Length; i++)
    {
        if (args[i] == "--quick")
        {
            quick = true;
        }
        else if (args[i] == "--model" && i + 1 < args.Length && args[i + 1] is "lstm" or "gru" or "simplernn" or "all")
        {
            model = args[++i];
        }
        else if (args[i] == "--epochs" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out epochs) && epochs >= 1)
        {
            i++;
        }
        else
        {
            error = $"Unrecognised argument '{args[i]}'{(i + 1 < args.Length ? $" '{args[i + 1]}'" : "")}: expected --model lstm|gru|simplernn|all, --epochs followed by a positive integer, or --quick.";
            return false;
        }
    }

    return true;
}
