// Autoencoder: three autoencoders on Fashion-MNIST (Autoencoders.cs), each trained with Fit to give back its own
// input (x → x), binary cross-entropy on the pixels / 255 and a 10% validation split, as in Keras' tutorial
// "Building Autoencoders in Keras". It prints each model's reconstruction MSE on the test images next to the MSE of
// predicting the mean training image for every test image (the baseline a model has to beat), and seconds per epoch.
// The bottleneck model's encoder is a Model over the trained graph, new Model(autoencoder.Inputs,
// [autoencoder.GetLayer("code").Output]): it shares the autoencoder's layers, hence its weights, and gives every
// test image a point in the plane.
//   dotnet run --project examples/Autoencoder               the full run (epochs below)
//   dotnet run --project examples/Autoencoder -- --quick    2,000 training and 1,000 test images, one epoch each
// The run folder gets history_<model>.csv per model, metrics.json, reconstructions.png (originals on top, one row per
// model) and codes_2d.png (the 2-D codes of the test images by class).
using System.Globalization;
using Dendrite.Data.Loaders;
using Dendrite.Examples;
using Dendrite.Examples.Autoencoder;
using Dendrite.Models;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Plots;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const int Seed = 0, BatchSize = 32;
Dictionary<string, int> fullEpochs = new() { ["dense"] = 10, ["conv"] = 5, ["bottleneck"] = 10 };
bool quick = args is ["--quick"];
if (args.Length > 0 && !quick)
{
    Console.Error.WriteLine($"Unrecognised argument '{args[0]}'.\nUsage: [--quick]   (default: the full run; --quick: 2,000 training and 1,000 test images, one epoch per model)");
    return 2;
}

FashionMnistData data = FashionMnistData.Load(flatten: true, quick ? FashionMnistExperiment.QuickTrain : null, quick ? FashionMnistExperiment.QuickTest : null);
Tensor train = data.TrainImages, test = data.TestImages;
int nTrain = train.Shape[0], nTest = test.Shape[0];
Console.WriteLine($"Read Fashion-MNIST from {data.Source}: {nTrain} training and {nTest} test images{(quick ? " (--quick: a subset, one epoch per model)" : "")}");

double[] mean = new double[784];
for (int i = 0; i < nTrain * 784; i++)
{
    mean[i % 784] += train.GetFlat(i) / nTrain;
}

double baseline = Enumerable.Range(0, nTest).Sum(i => SquaredError(test.AsSpan().Slice(i * 784, 784), mean)) / ((double)nTest * 784);
Console.WriteLine($"Mean-image baseline: test MSE {baseline:F4} (every test image predicted as the mean training image)");

// One test image per class, the first of each, for the picture of originals against reconstructions.
int[] shown = [.. Enumerable.Range(0, 10).Select(c => Enumerable.Range(0, nTest).First(i => data.TestLabels.GetFlat(i) == c))];
float[] shownPixels = [.. shown.SelectMany(i => test.AsSpan().Slice(i * 784, 784).ToArray())];
Tensor shownImages = new(shownPixels, new Shape(10, 784));
List<Tensor> gridRows = [shownImages.View(new Shape(10, 28, 28))];
List<string> gridLabels = ["original"];

RunFolder run = RunFolder.Create("autoencoder");
var results = new OrderedDictionary<string, object>();
string codesPlot = "";
foreach (AutoencoderSpec spec in Autoencoders.All)
{
    Model model = spec.Build(Seed);
    model.Compile(new Adam(learningRate: 1e-3), new BinaryCrossentropy(), metrics: ["mse"]);
    model.Summary();
    Tensor Shaped(Tensor x) => spec.TakesImages ? x.View(new Shape(x.Shape[0], 28, 28, 1)) : x;
    int epochs = quick ? 1 : fullEpochs[spec.Key];
    Console.WriteLine($"{spec.Title}: {epochs} epochs, batch {BatchSize}, Adam 1e-3, binary cross-entropy, validation split 0.1");
    var timer = new EpochTimer();
    History history = model.Fit(Shaped(train), Shaped(train), epochs: epochs, batchSize: BatchSize, validationSplit: 0.1, callbacks: [timer], verbose: 1);
    Logs logs = model.Evaluate(Shaped(test), Shaped(test), batchSize: 1000);
    Console.WriteLine($"{spec.Title}: test MSE {logs["mse"]:F4} (baseline {baseline:F4}, {baseline / logs["mse"]:F1}× lower), code of {spec.CodeSize} numbers, {timer.MedianSeconds:F1} s per epoch (median of {epochs}; load average {LoadAverage()})");
    run.WriteHistory(history, $"history_{spec.Key}.csv");
    gridRows.Add(model.Predict(Shaped(shownImages)).View(new Shape(10, 28, 28)));
    gridLabels.Add($"{spec.Key} ({spec.CodeSize})");
    results[spec.Key] = new OrderedDictionary<string, object>
    {
        ["test_mse"] = logs["mse"],
        ["test_binary_crossentropy"] = logs["loss"],
        ["code_size"] = spec.CodeSize,
        ["parameters"] = model.CountParams(),
        ["epochs"] = epochs,
        ["seconds_per_epoch"] = timer.Seconds,
        ["load_average"] = LoadAverage(),
    };

    if (spec.Key == "bottleneck")
    {
        var encoder = new Model(model.Inputs, [model.GetLayer(Autoencoders.CodeLayer).Output], name: "encoder");
        Console.WriteLine($"Encoder: layers {string.Join(", ", encoder.Layers.Select(l => l.Name))}, {encoder.CountParams()} of the autoencoder's {model.CountParams()} parameters, shared (the same weight objects)");
        Tensor codes = encoder.Predict(test, batchSize: 1000);
        codesPlot = ScatterByClass.Save(codes, data.TestLabels, Path.Combine(run.Path, "codes_2d.png"),
            title: $"2-D codes of {nTest.ToString("N0", CultureInfo.InvariantCulture)} test images (784-256-64-2 encoder)", axisNames: ["code 1", "code 2"], classNames: [.. FashionMnist.ClassNames]);
    }
}

string grid = ImageGrid.Save(gridRows, gridLabels, Path.Combine(run.Path, "reconstructions.png"), title: "Fashion-MNIST test images and their reconstructions (code size)");
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "fashion-mnist",
    ["quick"] = quick,
    ["seed"] = Seed,
    ["train_images"] = nTrain,
    ["test_images"] = nTest,
    ["batch_size"] = BatchSize,
    ["validation_split"] = 0.1,
    ["baseline_mean_image_test_mse"] = baseline,
    ["models"] = results,
});
Console.WriteLine($"Plots: {Path.GetFileName(grid)}, {Path.GetFileName(codesPlot)}");
Console.WriteLine($"Outputs: {run.Path} (history_dense.csv, history_conv.csv, history_bottleneck.csv, metrics.json, reconstructions.png, codes_2d.png)");
return 0;

static double SquaredError(ReadOnlySpan<float> image, double[] prediction)
{
    double sum = 0;
    for (int j = 0; j < image.Length; j++)
    {
        double d = image[j] - prediction[j];
        sum += d * d;
    }

    return sum;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
