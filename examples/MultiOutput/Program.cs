// MultiOutput: one network, two answers. From a penguin's bill length, bill depth, flipper length, island and sex
// (Palmer penguins) it classifies the species AND regresses the body mass in kg, at once. The model is built with
// the functional API: one input, a shared trunk of two Dense layers, and two heads on top of it:
//   species    Dense(3, softmax)  SparseCategoricalCrossentropy  metric accuracy
//   body_mass  Dense(1, linear)   MeanSquaredError (kg²)         metric mae (kg)
// Each head has its own loss and metric; the training loss is the weighted sum
//   loss = 1.0 · species_loss + 0.5 · body_mass_loss
// (the loss weights set how hard each head pulls on the shared trunk: here species counts fully, mass half)
// and the logs name each part by its output, Keras-style: species_accuracy, body_mass_mae, species_loss, ….
// Rows with a missing value are dropped (11 of 344); island and sex are one-hot encoded; the three measurements
// are standardised on the training rows only (the one-hot columns pass through); the split is seeded 80/20,
// stratified by species.
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
using MeanSquaredError = Dendrite.Nn.Losses.MeanSquaredError;

const int Seed = 42;
CsvTable raw = CsvTable.Read(Datasets.Find("penguins.csv"));
CsvTable table = raw.DropRowsWithMissing();
string[] measurementNames = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"];
var (island, islands) = Categorical.OneHot(table.Text("island"));
var (sex, sexes) = Categorical.OneHot(table.Text("sex"));
double[][] features = Rows.Join(table.Matrix(measurementNames), island, sex);
string[] featureNames = [.. measurementNames, .. islands.Select(i => $"island={i}"), .. sexes.Select(s => $"sex={s}")];
var (species, speciesNames) = Categorical.Encode(table.Text("species"));
double[] massKg = [.. table.Numbers("body_mass_g").Select(g => g / 1000)];
Console.WriteLine($"Read {raw.RowCount} penguins from {table.Path}; dropped {raw.RowCount - table.RowCount} with a missing value, kept {table.RowCount}");
Console.WriteLine($"Features ({featureNames.Length}): {string.Join(", ", featureNames)}");
Console.WriteLine($"Targets: species ({string.Join(", ", speciesNames)}) and body mass in kg ({massKg.Min():F2} to {massKg.Max():F2})");

var (trainRows, testRows) = DataSplit.Stratified(species, testFraction: 0.2, seed: Seed);
var scaler = Standardizer.Fit(features, trainRows, columns: [0, 1, 2]);
Tensor xTrain = scaler.Transform(features, trainRows);
Tensor xTest = scaler.Transform(features, testRows);
var yTrain = new Dictionary<string, Tensor> { ["species"] = Rows.Take(species, trainRows), ["body_mass"] = Rows.Column(Rows.Take(massKg, trainRows)) };
var yTest = new Dictionary<string, Tensor> { ["species"] = Rows.Take(species, testRows), ["body_mass"] = Rows.Column(Rows.Take(massKg, testRows)) };
Console.WriteLine($"Train {trainRows.Length} rows, test {testRows.Length} rows (stratified by species, seed {Seed}); measurements standardised on the training rows");

var input = new Input([featureNames.Length], name: "penguin");
SymbolicTensor trunk = new Dense(32, Activation.Relu, name: "trunk_1").Apply(input);
trunk = new Dense(16, Activation.Relu, name: "trunk_2").Apply(trunk);
SymbolicTensor speciesHead = new Dense(speciesNames.Length, Activation.Softmax, name: "species").Apply(trunk);
SymbolicTensor massHead = new Dense(1, name: "body_mass").Apply(trunk);
var model = new Model([input], [speciesHead, massHead], name: "penguin_species_and_mass", seed: Seed);
var lossWeights = new Dictionary<string, double> { ["species"] = 1.0, ["body_mass"] = 0.5 };
model.Compile(
    new Adam(learningRate: 0.01),
    new Dictionary<string, Loss> { ["species"] = new SparseCategoricalCrossentropy(), ["body_mass"] = new MeanSquaredError() },
    lossWeights: lossWeights,
    metrics: new Dictionary<string, IReadOnlyList<Metric>> { ["species"] = ["accuracy"], ["body_mass"] = ["mae"] });
model.Summary();

History history = model.Fit(
    xTrain, yTrain,
    epochs: 500, batchSize: 16, validationSplit: 0.2,
    callbacks: [new EarlyStopping(monitor: "val_loss", patience: 20, restoreBestWeights: true, verbose: 1)],
    verbose: 2);

int best = history["val_loss"].Select((v, i) => (v, i)).MinBy(p => p.v).i;
Console.WriteLine($"Trained {history.Epochs.Count} epochs; the restored best epoch ({history.Epochs[best] + 1}) logged, per output:");
foreach (var (key, values) in history.Values)
{
    Console.WriteLine($"  {key}: {values[best]:F4}");
}

Logs test = model.Evaluate(xTest, yTest);
Console.WriteLine($"On the {testRows.Length} test rows: {test}");
Console.WriteLine($"Test species accuracy: {test["species_accuracy"]:F4}");
Console.WriteLine($"Test body mass MAE: {test["body_mass_mae"]:F4} kg");

IReadOnlyList<Tensor> outputs = model.PredictOutputs(xTest);
Console.WriteLine("Six test penguins spread over the file (it is sorted by species), both heads at once:");
for (int k = 0; k < 6; k++)
{
    int i = k * testRows.Length / 6, r = testRows[i];
    int guess = Enumerable.Range(0, speciesNames.Length).MaxBy(c => outputs[0][i, c]);
    Console.WriteLine($"  {table.Text("island")[r],-9} {table.Text("sex")[r],-6}  species {speciesNames[species[r]],-9} → {speciesNames[guess],-9} ({100 * outputs[0][i, guess]:F0}%)   mass {massKg[r]:F2} kg → {outputs[1][i, 0]:F2} kg");
}

RunFolder run = RunFolder.Create("multi-output");
run.WriteHistory(history);
run.WriteMetrics(new OrderedDictionary<string, object>
{
    ["dataset"] = "penguins",
    ["seed"] = Seed,
    ["epochs"] = history.Epochs.Count,
    ["loss_weights"] = lossWeights.Select(kv => KeyValuePair.Create(kv.Key, (object)kv.Value)),
    ["test"] = test.Select(kv => KeyValuePair.Create(kv.Key, (object)kv.Value)),
});
Console.WriteLine($"Outputs: {run.Path} (history.csv: per-epoch logs of both outputs; metrics.json: test results)");
