// Shared fixtures for the model-file tests: a scratch directory and a small trained model that uses every
// saved feature (non-default activation and initializer settings, seeded and unseeded dropout, compile state).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Models.Saving;

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dendrite-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class SavingTestModels
{
    /// <summary>An uncompiled model with every layer type and non-default settings, built from its Input.</summary>
    public static Sequential Create(int seed, int hidden = 8) => new(
        [
            new Input(new Shape(3)),
            new Dense(hidden, new LeakyRelu(negativeSlope: 0.1), kernelInitializer: new RandomNormal(stddev: 0.3)),
            new Dropout(0.25),
            new Dense(6, Activation.Tanh, kernelInitializer: new GlorotUniform(seed: 9)),
            new Dropout(0.1, seed: 4),
            new Flatten(),
            new Dense(1),
            new ActivationLayer(Activation.Sigmoid),
        ],
        seed: seed);

    /// <summary>The model compiled with Adam and binary cross-entropy.</summary>
    public static Sequential Compiled(int seed, int hidden = 8)
    {
        Sequential model = Create(seed, hidden);
        model.Compile(new Adam(learningRate: 0.01, beta1: 0.8), new BinaryCrossentropy(labelSmoothing: 0.05), metrics: ["accuracy"]);
        return model;
    }

    /// <summary>The compiled model after two epochs on seeded data (so optimizer slots and generators have moved).</summary>
    public static Sequential Trained(int seed)
    {
        Sequential model = Compiled(seed);
        (Tensor x, Tensor y) = TestData.Binary(31, 40);
        model.Fit(x, y, epochs: 2, batchSize: 8, verbose: 0);
        return model;
    }

    public static float[] FlatWeights(Model model) => [.. model.GetWeights().SelectMany(w => w.ToArray())];
}
