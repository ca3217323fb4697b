using Dendrite.Autodiff;
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

namespace Dendrite.Tests.Training;

public class MultiOutputFitTests
{
    private static (Model Model, Tensor X, Tensor Labels, Tensor Values) TwoHeads(int seed)
    {
        var input = new Input([3], name: "features");
        SymbolicTensor trunk = new Dense(8, Activation.Relu, name: "trunk").Apply(input);
        var model = new Model([input], [new Dense(2, Activation.Softmax, name: "kind").Apply(trunk), new Dense(1, name: "size").Apply(trunk)], seed: seed);
        var random = new RandomGenerator(4);
        Tensor x = random.NormalTensor(new Shape(40, 3));
        var labels = new int[40];
        var values = new float[40, 1];
        for (int i = 0; i < 40; i++)
        {
            labels[i] = x[i, 0] + x[i, 1] > 0 ? 1 : 0;
            values[i, 0] = (2 * x[i, 2]) - 1;
        }

        return (model, x, labels, new Tensor(values));
    }

    private static void Compile(Model model, double sizeWeight = 0.5) => model.Compile(
        new Adam(learningRate: 0.02),
        new Dictionary<string, Loss> { ["kind"] = new SparseCategoricalCrossentropy(), ["size"] = new MeanSquaredError() },
        lossWeights: new Dictionary<string, double> { ["kind"] = 1.0, ["size"] = sizeWeight },
        metrics: new Dictionary<string, IReadOnlyList<Metric>> { ["kind"] = ["accuracy"], ["size"] = ["mae"] });

    [Fact]
    public void LogsAreNamedPerOutputAndTheTotalIsTheWeightedSum()
    {
        var (model, x, labels, values) = TwoHeads(seed: 9);
        Compile(model, sizeWeight: 0.5);
        History history = model.Fit(x, new Dictionary<string, Tensor> { ["kind"] = labels, ["size"] = values }, epochs: 3, batchSize: 40, validationSplit: 0.25, verbose: 0);

        Assert.Equal(
            ["kind_accuracy", "size_mae", "kind_loss", "size_loss", "loss", "val_kind_accuracy", "val_size_mae", "val_kind_loss", "val_size_loss", "val_loss"],
            history.Values.Keys);
        Logs logs = model.Evaluate(x, [labels, values], batchSize: 7);
        Assert.Equal(logs["kind_loss"] + (0.5 * logs["size_loss"]), logs["loss"], 6);
    }

    [Fact]
    public void BothHeadsLearn()
    {
        var (model, x, labels, values) = TwoHeads(seed: 9);
        Compile(model);
        Logs before = model.Evaluate(x, [labels, values]);
        model.Fit(x, [labels, values], epochs: 150, batchSize: 10, verbose: 0);
        Logs after = model.Evaluate(x, [labels, values]);
        Assert.True(after["kind_accuracy"] >= 0.9, $"accuracy {after["kind_accuracy"]}");
        Assert.True(after["size_loss"] < before["size_loss"] / 5, $"size loss {before["size_loss"]} → {after["size_loss"]}");
    }

    [Fact]
    public void CompileChecksOutputNames()
    {
        var (model, _, _, _) = TwoHeads(seed: 1);
        var e1 = Assert.Throws<ArgumentException>(() => model.Compile(new Adam(), new Dictionary<string, Loss> { ["kind"] = new MeanSquaredError(), ["sizes"] = new MeanSquaredError() }));
        Assert.Contains("'sizes', which is not an output; the outputs are kind, size", e1.Message);
        var e2 = Assert.Throws<ArgumentException>(() => model.Compile(new Adam(), new Dictionary<string, Loss> { ["kind"] = new MeanSquaredError() }));
        Assert.Contains("output 'size' has no loss", e2.Message);
        var e3 = Assert.Throws<ArgumentException>(() => model.Compile(new Adam(), new MeanSquaredError(), metrics: ["mae"]));
        Assert.Contains("per output", e3.Message);
    }

    [Fact]
    public void ClassWeightOfZeroRemovesAClassLikeZeroSampleWeights()
    {
        float[,] x = { { 0.1f, 1 }, { 0.9f, -1 }, { 0.4f, 0.2f }, { -0.3f, 0.5f } };
        int[] y = [0, 1, 1, 0];
        Model Make()
        {
            var m = new Sequential([new Input([2]), new Dense(1, Activation.Sigmoid)], seed: 8);
            m.Compile(new SGD(learningRate: 0.5), new BinaryCrossentropy());
            return m;
        }

        Model byClass = Make();
        byClass.Fit(x, y, epochs: 5, batchSize: 4, shuffle: false, verbose: 0, classWeight: new Dictionary<int, double> { [0] = 1.0, [1] = 0.0 });
        Model bySample = Make();
        bySample.Fit(x, y, epochs: 5, batchSize: 4, shuffle: false, verbose: 0, sampleWeight: new float[] { 1, 0, 0, 1 });
        Assert.Equal(bySample.GetWeights().Select(w => w.ToArray()), byClass.GetWeights().Select(w => w.ToArray()));

        Logs weighted = byClass.Evaluate(x, y, classWeight: new Dictionary<int, double> { [1] = 0.0 });
        Logs sampled = byClass.Evaluate(x, y, sampleWeight: new float[] { 1, 0, 0, 1 });
        Assert.Equal(sampled["loss"], weighted["loss"]);
    }

    [Fact]
    public void CancellingStopsAfterTheCurrentStepWithAConsistentModel()
    {
        var model = new Sequential([new Input([2]), new Dense(3, Activation.Relu), new Dense(1)], seed: 3);
        model.Compile(new Adam(), new MeanSquaredError());
        Tensor x = new RandomGenerator(1).NormalTensor(new Shape(64, 2));
        Tensor y = new RandomGenerator(2).NormalTensor(new Shape(64, 1));
        using var cancellation = new CancellationTokenSource();
        IReadOnlyList<Tensor>? afterStep = null;
        int steps = 0;
        var cancelAtEpoch2Step3 = new LambdaCallbackForTest((epoch, batch) =>
        {
            steps++;
            if (epoch == 2 && batch == 3)
            {
                cancellation.Cancel();
                afterStep = model.GetWeights();
            }
        });

        History history = model.Fit(x, y, epochs: 10, batchSize: 8, verbose: 0, callbacks: [cancelAtEpoch2Step3], cancellationToken: cancellation.Token);

        Assert.True(history.Cancelled);
        Assert.Equal([0, 1], history.Epochs);
        Assert.Equal((2 * 8) + 4, steps);
        Assert.Equal(afterStep!.Select(w => w.ToArray()), model.GetWeights().Select(w => w.ToArray()));
        Assert.All(model.GetWeights(), w => Assert.True(w.AllFinite()));
    }

    [Fact]
    public void CustomLossAndMetricFromDelegatesTrainAndReport()
    {
        var model = new Sequential([new Input([1]), new Dense(1)], seed: 4);
        var absolute = new CustomLoss("absolute", (t, p) => Ops.Mean(Ops.Abs(Ops.Subtract(p, t)), -1));
        var within = new CustomMetric("within_0_1", (t, p) => Ops.Step(Ops.Subtract(Tensor.Scalar(0.1, p.DType), Ops.Abs(Ops.Subtract(p, t)))).View(new Shape(p.Shape[0])));
        model.Compile(new SGD(learningRate: 0.05), absolute, metrics: [within]);
        var x = new Tensor(new float[,] { { 0 }, { 1 }, { 2 }, { 3 } });
        var y = new Tensor(new float[,] { { 1 }, { 3 }, { 5 }, { 7 } });
        History history = model.Fit(x, y, epochs: 400, batchSize: 4, verbose: 0);
        Assert.True(history["loss"][^1] < 0.1, $"loss {history["loss"][^1]}");
        Tensor p = model.Predict(x);
        double expected = Enumerable.Range(0, 4).Count(i => Math.Abs(p[i, 0] - y[i, 0]) < 0.1) / 4.0;
        Logs logs = model.Evaluate(x, y);
        Assert.Equal(expected, logs["within_0_1"]);
        Assert.Equal(Enumerable.Range(0, 4).Average(i => Math.Abs(p[i, 0] - y[i, 0])), logs["loss"], 5);
    }

    [Fact]
    public void ACustomLossDifferentiatesThroughTheTape()
    {
        var logCosh = new CustomLoss("log_cosh", (t, p) => Ops.Mean(Ops.Log(Ops.Multiply(Ops.Add(Ops.Exp(Ops.Subtract(p, t)), Ops.Exp(Ops.Subtract(t, p))), 0.5)), -1));
        Tensor target = new Tensor(new float[,] { { 0.5f, -1 }, { 2, 0 } }).To(DType.Float64);
        GradientCheckResult check = GradientCheck.Check(p => logCosh.Compute(target, p), new Tensor(new float[,] { { 0.1f, 0.3f }, { 1.5f, -0.7f } }));
        Assert.True(check.Passed, check.ToString());
    }

    private sealed class LambdaCallbackForTest(Action<int, int> onBatchEnd) : Callback
    {
        private int _epoch;

        public override void OnEpochBegin(int epoch) => _epoch = epoch;

        public override void OnTrainBatchEnd(int batch, Logs logs) => onBatchEnd(_epoch, batch);
    }
}
