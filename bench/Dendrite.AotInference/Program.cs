// A Native AOT inference program: loads a .dendrite model (or builds and saves the mnist-mlp
// 784-256-128-10 when no path is given), predicts one row and a batch of 1,024 rows, and prints the
// predicted classes and the time each took. `bench/run.sh aot` publishes it and measures its size
// and start-up time; the publish must finish without a single trimming or AOT warning.
using System.Diagnostics;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Training;

var clock = Stopwatch.StartNew();
Model model;
if (args.Length > 0)
{
    model = Model.Load(args[0], compile: false);
    Console.WriteLine($"Loaded {args[0]}");
}
else
{
    model = new Sequential(
    [
        new Input([784]),
        new Dense(256, Activation.Relu),
        new Dense(128, Activation.Relu),
        new Dense(10, Activation.Softmax),
    ], seed: 7);
    string path = Path.Combine(Path.GetTempPath(), $"dendrite-aot-{Environment.ProcessId}.dendrite");
    model.Save(path);
    model = Model.Load(path, compile: false);
    File.Delete(path);
    Console.WriteLine("Built the 784-256-128-10 MLP, saved it and loaded it back");
}

int features = model.InputShapes[0][^1];
var random = new RandomGenerator(1);
Tensor one = Random(1, features, random);
Tensor batch = Random(1024, features, random);
double loaded = clock.Elapsed.TotalMilliseconds;

clock.Restart();
Tensor first = model.Predict(one);
double firstMs = clock.Elapsed.TotalMilliseconds;
clock.Restart();
Tensor many = model.Predict(batch);
double batchMs = clock.Elapsed.TotalMilliseconds;

Console.WriteLine($"Row 0 → class {ArgMax(first, 0)}; batch of {many.Shape[0]} → first classes {ArgMax(many, 0)}, {ArgMax(many, 1)}, {ArgMax(many, 2)}");
Console.WriteLine($"model ready {loaded:F1} ms, first Predict(1 row) {firstMs:F2} ms, Predict(1024 rows) {batchMs:F2} ms");

static int ArgMax(Tensor probabilities, int row)
{
    int classes = probabilities.Shape[^1];
    ReadOnlySpan<float> values = probabilities.AsSpan().Slice(row * classes, classes);
    int best = 0;
    for (int i = 1; i < values.Length; i++)
    {
        if (values[i] > values[best])
        {
            best = i;
        }
    }

    return best;
}

static Tensor Random(int rows, int features, RandomGenerator random)
{
    var values = new float[rows * features];
    for (int i = 0; i < values.Length; i++)
    {
        values[i] = (float)random.NextDouble();
    }

    return new Tensor(values, [rows, features]);
}
