using Dendrite.Metrics;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;
using AddLayer = Dendrite.Nn.Layers.Add;
using MeanSquaredError = Dendrite.Nn.Losses.MeanSquaredError;

namespace Dendrite.Tests.Models.Saving;

public sealed class FunctionalModelFileTests
{
    /// <summary>Two inputs, a shared layer applied to both, a merge, and two compiled heads.</summary>
    private static Model TwoInTwoOut()
    {
        var a = new Input([3], name: "left");
        var b = new Input([3], name: "right");
        var shared = new Dense(4, Activation.Tanh, name: "shared");
        SymbolicTensor merged = new AddLayer(name: "merged").Apply([shared.Apply(a), shared.Apply(b)]);
        SymbolicTensor joined = new Concatenate(name: "joined").Apply([merged, a]);
        var model = new Model([a, b], [new Dense(2, Activation.Softmax, name: "kind").Apply(joined), new Dense(1, name: "size").Apply(joined)], name: "two_heads", seed: 21);
        model.Compile(
            new Adam(learningRate: 0.01),
            new Dictionary<string, Loss> { ["kind"] = new SparseCategoricalCrossentropy(), ["size"] = new MeanSquaredError() },
            lossWeights: new Dictionary<string, double> { ["kind"] = 1.0, ["size"] = 0.25 },
            metrics: new Dictionary<string, IReadOnlyList<Metric>> { ["kind"] = ["accuracy"], ["size"] = ["mae"] });
        return model;
    }

    private static (TensorData X, TensorData Y) Data()
    {
        Tensor left = new RandomGenerator(1).NormalTensor(new Shape(24, 3));
        Tensor right = new RandomGenerator(2).NormalTensor(new Shape(24, 3));
        var kind = new int[24];
        var size = new float[24, 1];
        for (int i = 0; i < 24; i++)
        {
            kind[i] = left[i, 0] > right[i, 0] ? 1 : 0;
            size[i, 0] = left[i, 1] - right[i, 2];
        }

        return ([left, right], new Dictionary<string, Tensor> { ["kind"] = kind, ["size"] = new Tensor(size) });
    }

    [Fact]
    public void AFunctionalModelRoundTripsAndContinuesTrainingExactly()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "graph.dendrite");
        var (x, y) = Data();
        Model original = TwoInTwoOut();
        original.Fit(x, y, epochs: 3, batchSize: 8, verbose: 0);
        original.Save(path);

        Model loaded = Model.Load(path);
        Assert.Equal(original.InputNames, loaded.InputNames);
        Assert.Equal(original.OutputNames, loaded.OutputNames);
        Assert.Equal(original.SummaryText(), loaded.SummaryText());
        Assert.Equal(original.CompiledOutputs.Select(o => (o.Name, o.Loss.Name, o.LossWeight, string.Join(",", o.Metrics.Select(m => m.Name)))),
            loaded.CompiledOutputs.Select(o => (o.Name, o.Loss.Name, o.LossWeight, string.Join(",", o.Metrics.Select(m => m.Name)))));

        IReadOnlyList<Tensor> expected = original.PredictOutputs(x);
        IReadOnlyList<Tensor> actual = loaded.PredictOutputs(x);
        Assert.Equal(expected[0].ToArray(), actual[0].ToArray());
        Assert.Equal(expected[1].ToArray(), actual[1].ToArray());

        History continued = original.Fit(x, y, epochs: 2, batchSize: 8, verbose: 0);
        History resumed = loaded.Fit(x, y, epochs: 2, batchSize: 8, verbose: 0);
        Assert.Equal(continued["loss"], resumed["loss"]);
        Assert.Equal(continued["kind_accuracy"], resumed["kind_accuracy"]);
        Assert.Equal(original.GetWeights().Select(w => w.ToArray()), loaded.GetWeights().Select(w => w.ToArray()));
    }

    [Fact]
    public void TheSharedLayerIsOneLayerAfterLoading()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "graph.dendrite");
        TwoInTwoOut().Save(path);
        Model loaded = Model.Load(path, compile: false);
        Layer shared = loaded.Layers.Single(l => l.Name == "shared");
        Assert.Equal(2, shared.SymbolicOutputs.Count);
        Assert.Equal(["left", "right", "shared", "merged", "joined", "kind", "size"], loaded.Layers.Select(l => l.Name));
        Assert.False(loaded.IsCompiled);
    }
}
