// Iris: the classic three-class problem, Keras-style. Reads the bundled CSV, splits 80/20 stratified
// with a fixed seed, standardises features on the training rows only, trains a 4-16-3 softmax network
// with a validation split and early stopping, and reports accuracy on the held-out test rows.
using System.Globalization;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

const int Seed = 42;
string csv = FindDataset("iris.csv");
var (features, labels, classes) = ReadIris(csv);
Console.WriteLine($"Read {features.Length} flowers, {classes.Length} species ({string.Join(", ", classes)}) from {csv}");

var (trainRows, testRows) = StratifiedSplit(labels, testFraction: 0.2, seed: Seed);
var (mean, std) = FitStandardizer(features, trainRows);
Tensor xTrain = ToTensor(features, trainRows, mean, std);
Tensor yTrain = trainRows.Select(r => labels[r]).ToArray();
Tensor xTest = ToTensor(features, testRows, mean, std);
Tensor yTest = testRows.Select(r => labels[r]).ToArray();
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

string runDir = Path.GetFullPath(Path.Combine("runs", $"iris-{DateTime.Now:yyyyMMdd-HHmmss}"));
Directory.CreateDirectory(runDir);
WriteHistory(Path.Combine(runDir, "history.csv"), history);
File.WriteAllText(Path.Combine(runDir, "metrics.json"), FormattableString.Invariant(
    $$"""{"dataset": "iris", "seed": {{Seed}}, "epochs": {{history.Epochs.Count}}, "test_accuracy": {{test["accuracy"]:R}}, "test_loss": {{test["loss"]:R}}}""") + "\n");
Console.WriteLine($"Outputs: {runDir} (history.csv: per-epoch metrics; metrics.json: test results)");

// One row per epoch: epoch, then every log key (accuracy, loss, val_accuracy, val_loss).
static void WriteHistory(string path, History history)
{
    var keys = history.Values.Keys.ToList();
    var lines = new List<string> { "epoch," + string.Join(',', keys) };
    for (int i = 0; i < history.Epochs.Count; i++)
    {
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{history.Epochs[i] + 1},") + string.Join(',', keys.Select(k => history.Values[k][i].ToString("R", CultureInfo.InvariantCulture))));
    }

    File.WriteAllLines(path, lines);
}

static string FindDataset(string name)
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        string path = Path.Combine(dir.FullName, "datasets", name);
        if (File.Exists(path))
        {
            return path;
        }
    }

    throw new FileNotFoundException($"Could not find datasets/{name} above {AppContext.BaseDirectory}.");
}

// A minimal reader for this one well-formed file (four numbers and a species per line); the general CSV
// pipeline with typed columns and missing values is Dendrite.Data's job.
static (float[][] Features, int[] Labels, string[] Classes) ReadIris(string path)
{
    string[] lines = File.ReadAllLines(path);
    var classes = new List<string>();
    var features = new List<float[]>();
    var labels = new List<int>();
    for (int i = 1; i < lines.Length; i++)
    {
        if (lines[i].Length == 0)
        {
            continue;
        }

        string[] fields = lines[i].Split(',');
        if (fields.Length != 5)
        {
            throw new FormatException($"{path}, line {i + 1}: expected 5 fields, found {fields.Length}.");
        }

        features.Add(fields[..4].Select(f => float.Parse(f, CultureInfo.InvariantCulture)).ToArray());
        if (!classes.Contains(fields[4]))
        {
            classes.Add(fields[4]);
        }

        labels.Add(classes.IndexOf(fields[4]));
    }

    return (features.ToArray(), labels.ToArray(), classes.ToArray());
}

// Each class is shuffled with the seed and split at the same fraction, so train and test keep the class balance.
static (int[] Train, int[] Test) StratifiedSplit(int[] labels, double testFraction, int seed)
{
    var random = new RandomGenerator(seed);
    var train = new List<int>();
    var test = new List<int>();
    foreach (int c in labels.Distinct().Order())
    {
        int[] rows = Enumerable.Range(0, labels.Length).Where(r => labels[r] == c).ToArray();
        random.Shuffle<int>(rows);
        int nTest = (int)Math.Round(rows.Length * testFraction);
        test.AddRange(rows[..nTest]);
        train.AddRange(rows[nTest..]);
    }

    int[] trainRows = train.ToArray();
    random.Shuffle<int>(trainRows);
    return (trainRows, test.Order().ToArray());
}

static (double[] Mean, double[] Std) FitStandardizer(float[][] x, int[] rows)
{
    int d = x[0].Length;
    var mean = new double[d];
    var std = new double[d];
    for (int j = 0; j < d; j++)
    {
        mean[j] = rows.Average(r => x[r][j]);
        std[j] = Math.Sqrt(rows.Average(r => Math.Pow(x[r][j] - mean[j], 2)));
    }

    return (mean, std);
}

static Tensor ToTensor(float[][] x, int[] rows, double[] mean, double[] std)
{
    int d = mean.Length;
    var data = new float[rows.Length, d];
    for (int i = 0; i < rows.Length; i++)
    {
        for (int j = 0; j < d; j++)
        {
            data[i, j] = (float)((x[rows[i]][j] - mean[j]) / (std[j] == 0 ? 1 : std[j]));
        }
    }

    return data;
}
