// MultilabelClassification: several independent yes/no questions about one penguin at once. From three
// measurements (bill length, bill depth, flipper length; Palmer penguins) the network answers
//   is_adelie  — is the species Adelie (rather than Chinstrap or Gentoo)?
//   is_male    — is the penguin male?
//   is_heavy   — is its body mass above the median body mass of the training rows?
// The labels are built here from the species, sex and body_mass_g columns, which are then not features. They are
// not exclusive (a heavy male Adelie has all three), so the output is three sigmoid units, each a probability
// trained with binary cross-entropy on its own 0/1 target — not a softmax, whose outputs compete and sum to 1.
// Rows with a missing value are dropped (11 of 344: sex unknown, two of them with no measurements at all). A
// seeded 80/20 split stratified by species; the three features standardised on the training rows only. On the
// test rows: per-label accuracy, precision and recall (threshold 0.5), and the exact-match ratio (all three right).
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
string[] labelNames = ["is_adelie", "is_male", "is_heavy"];
CsvTable raw = CsvTable.Read(Datasets.Find("penguins.csv"));
CsvTable table = raw.DropRowsWithMissing();
string[] featureNames = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"];
double[][] features = table.Matrix(featureNames);
string[] species = table.Text("species");
string[] sex = table.Text("sex");
double[] bodyMass = table.Numbers("body_mass_g");
Console.WriteLine($"Read {raw.RowCount} penguins from {table.Path}; dropped {raw.RowCount - table.RowCount} with a missing value, kept {table.RowCount}");

var (speciesCodes, _) = Categorical.Encode(species);
var (trainRows, testRows) = DataSplit.Stratified(speciesCodes, testFraction: 0.2, seed: Seed);
double medianMass = Median(Rows.Take(bodyMass, trainRows));
double[][] targets = [.. Enumerable.Range(0, table.RowCount).Select(r => new[]
{
    species[r] == "Adelie" ? 1.0 : 0.0,
    sex[r] == "male" ? 1.0 : 0.0,
    bodyMass[r] > medianMass ? 1.0 : 0.0,
})];
Console.WriteLine($"Labels: is_adelie = species is Adelie; is_male = sex is male; is_heavy = body_mass_g > {medianMass} g (the training rows' median)");
for (int j = 0; j < labelNames.Length; j++)
{
    Console.WriteLine($"  {labelNames[j],-10} yes for {targets.Count(t => t[j] == 1)} of {table.RowCount} penguins");
}

var scaler = Standardizer.Fit(features, trainRows);
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor yTrain = Rows.ToTensor(targets, trainRows);
Tensor xTest = scaler.Transform(features, testRows);
Tensor yTest = Rows.ToTensor(targets, testRows);
Console.WriteLine($"Train {trainRows.Length} rows, test {testRows.Length} rows (stratified by species, seed {Seed}); features ({string.Join(", ", featureNames)}) standardised on the training rows");

var model = new Sequential(
[
    new Input([featureNames.Length]),
    new Dense(32, Activation.Relu),
    new Dense(16, Activation.Relu),
    new Dense(labelNames.Length, Activation.Sigmoid),
], seed: Seed);
model.Compile(new Adam(learningRate: 0.01), new BinaryCrossentropy(), metrics: ["accuracy"]);
model.Summary();

History history = model.Fit(
    xTrain, yTrain,
    epochs: 300, batchSize: 16, validationSplit: 0.2,
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 20, restoreBestWeights: true, verbose: 1)],
    verbose: 2);

Tensor probabilities = model.Predict(xTest);
float[,] p = probabilities.ToArray2D();
bool[,] right = new bool[testRows.Length, labelNames.Length];
for (int i = 0; i < testRows.Length; i++)
{
    for (int j = 0; j < labelNames.Length; j++)
    {
        right[i, j] = (p[i, j] > Threshold) == (targets[testRows[i]][j] == 1);
    }
}

Console.WriteLine($"Trained {history.Epochs.Count} epochs. On the {testRows.Length} test rows (threshold {Threshold}):");
Console.WriteLine("  label        accuracy  precision     recall");
var perLabel = new OrderedDictionary<string, object>();
for (int j = 0; j < labelNames.Length; j++)
{
    var precision = new Precision(thresholds: [Threshold], classId: j);
    var recall = new Recall(thresholds: [Threshold], classId: j);
    precision.UpdateState(yTest, probabilities);
    recall.UpdateState(yTest, probabilities);
    double accuracy = Enumerable.Range(0, testRows.Length).Count(i => right[i, j]) / (double)testRows.Length;
    Console.WriteLine($"  {labelNames[j],-10} {accuracy,10:F4} {precision.Result(),10:F4} {recall.Result(),10:F4}");
    perLabel[labelNames[j]] = new OrderedDictionary<string, object> { ["accuracy"] = accuracy, ["precision"] = precision.Result(), ["recall"] = recall.Result() };
}

double exactMatch = Enumerable.Range(0, testRows.Length).Count(i => Enumerable.Range(0, labelNames.Length).All(j => right[i, j])) / (double)testRows.Length;
Logs test = model.Evaluate(xTest, yTest);
Console.WriteLine($"Test exact-match ratio: {exactMatch:F4} (all three labels right)");
Console.WriteLine($"Test binary accuracy over all labels: {test["accuracy"]:F4}, test loss: {test["loss"]:F4}");

RunFolder run = RunFolder.Create("multilabel-classification");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "penguins",
    ["seed"] = Seed,
    ["heavy_threshold_g"] = medianMass,
    ["epochs"] = history.Epochs.Count,
    ["test_labels"] = perLabel,
    ["test_exact_match"] = exactMatch,
    ["test_binary_accuracy"] = test["accuracy"],
    ["test_loss"] = test["loss"],
});
Console.WriteLine($"Outputs: {run.Path} (history.csv: per-epoch metrics; metrics.json: test results)");

// The median: the middle value, or the mean of the two middle values.
static double Median(double[] values)
{
    double[] sorted = [.. values.Order()];
    int mid = sorted.Length / 2;
    return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
