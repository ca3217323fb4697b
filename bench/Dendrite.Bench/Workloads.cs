// The peers' models and data (../shared/peers/README.md, "Workloads"), built with Dendrite's public API:
//   tabular:   30 → Dense 16 relu → Dense 1,                 BinaryCrossentropy(fromLogits), batch 32
//   mnist-mlp: 784 → Dense 256 relu → 128 relu → Dense 10,   SparseCategoricalCrossentropy(fromLogits), batch 128
//   wide:      784 → Dense 1024 relu → 1024 relu → Dense 10, SparseCategoricalCrossentropy(fromLogits), batch 256
// Adam(learningRate: 1e-3) with Keras defaults otherwise (epsilon 1e-7; PyTorch's is 1e-8: same cost).
// Data: standard-normal inputs and uniform labels from a fixed seed, 32 distinct mini-batches; sparse
// integer labels as PyTorch's CrossEntropyLoss takes, binary labels in {0, 1} of shape (batch, 1).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Bench;

/// <summary>One training configuration of the peers.</summary>
/// <param name="Name">tabular, mnist-mlp or wide.</param>
/// <param name="Sizes">Layer widths, input first.</param>
/// <param name="Batch">Samples per step.</param>
/// <param name="Binary">Binary (one logit) rather than 10-class output.</param>
internal sealed record Workload(string Name, int[] Sizes, int Batch, bool Binary)
{
    /// <summary>Distinct mini-batches cycled through, as in every peer.</summary>
    public const int Batches = 32;

    /// <summary>The configuration named <paramref name="name"/>.</summary>
    public static Workload Get(string name) => name switch
    {
        "tabular" => new(name, [30, 16, 1], 32, true),
        "mnist-mlp" => new(name, [784, 256, 128, 10], 128, false),
        "wide" => new(name, [784, 1024, 1024, 10], 256, false),
        _ => throw new ArgumentException($"unknown config '{name}', expected tabular, mnist-mlp or wide"),
    };

    /// <summary>The model: Dense layers with ReLU between them, logits out (seeded initialisation).</summary>
    public Sequential BuildModel()
    {
        var layers = new List<Layer> { new Input([Sizes[0]]) };
        for (int i = 1; i < Sizes.Length; i++)
        {
            layers.Add(new Dense(Sizes[i], i < Sizes.Length - 1 ? Activation.Relu : null));
        }

        return new Sequential(layers, seed: 0);
    }

    /// <summary>The model compiled for training with Adam(1e-3) and the cross-entropy on logits.</summary>
    public Sequential BuildCompiled()
    {
        Sequential model = BuildModel();
        Loss loss = Binary ? new BinaryCrossentropy(fromLogits: true) : new SparseCategoricalCrossentropy(fromLogits: true);
        model.Compile(new Adam(learningRate: 1e-3), loss);
        return model;
    }

    /// <summary>All 32 mini-batches as one tensor each for x (32·batch, in) and y, from a fixed seed.</summary>
    public (Tensor X, Tensor Y) Data(int seed = 0)
    {
        var rng = new RandomGenerator(seed);
        int rows = Batches * Batch;
        Tensor x = rng.NormalTensor(new Shape(rows, Sizes[0]));
        var labels = new float[rows];
        for (int i = 0; i < rows; i++)
        {
            labels[i] = rng.NextInt(Binary ? 2 : 10);
        }

        Tensor y = Binary ? new Tensor(labels, new Shape(rows, 1)) : new Tensor(labels, new Shape(rows));
        return (x, y);
    }
}
