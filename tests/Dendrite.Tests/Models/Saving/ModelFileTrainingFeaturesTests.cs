// Model.Save / Model.Load with the training features: BatchNormalization (its moving statistics are
// non-trainable weights and must come back), Dropout and seeded GaussianNoise (their generators), a
// regularized and constrained Dense, and optimizers whose state or settings go beyond Adam's — Nadam (its
// momentum product Π_t is recomputed from Iterations), a schedule with clipnorm and weight decay, Lion with
// global clipping. The loaded model predicts bit-identically and Fit continues exactly as the original.
using Dendrite.Models;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Nn.Regularizers;
using Dendrite.Optimizers;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Models.Saving;

public sealed class ModelFileTrainingFeaturesTests
{
    private static readonly Dictionary<string, Func<Optimizer>> s_optimizers = new()
    {
        ["nadam"] = () => new Nadam(learningRate: 0.01, beta1: 0.85),
        ["adam_schedule_clipnorm_weight_decay"] = () => new Adam(clipNorm: 0.5, weightDecay: 0.02, schedule: new ExponentialDecay(0.02, 3, 0.8)),
        ["lion_restarts_global_clipnorm"] = () => new Lion(globalClipNorm: 1.0, weightDecay: 0.01, schedule: new CosineDecayRestarts(0.003, 4)),
        ["sgd_polynomial_clipvalue"] = () => new SGD(momentum: 0.9, nesterov: true, clipValue: 0.2, schedule: new PolynomialDecay(0.05, 10, cycle: true)),
    };

    public static TheoryData<string> Optimizers => [.. s_optimizers.Keys];

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Loaded_model_predicts_identically_and_Fit_continues_exactly(string optimizer)
    {
        using var dir = new TempDirectory();
        (Tensor x, Tensor y) = TestData.Binary(41, 48);
        Sequential original = Create(seed: 21);
        original.Compile(s_optimizers[optimizer](), new BinaryCrossentropy(), metrics: ["accuracy"]);
        original.Fit(x, y, epochs: 2, batchSize: 8, verbose: 0);
        original.Save(dir.File("m.dendrite"));
        Model loaded = Model.Load(dir.File("m.dendrite"));

        Assert.Equal(original.Optimizer!.GetType(), loaded.Optimizer!.GetType());
        Assert.True(ConfigReader.ConfigEquals(original.Optimizer.GetConfig(), loaded.Optimizer.GetConfig()));
        Assert.Equal(original.Optimizer.Iterations, loaded.Optimizer.Iterations);
        for (int i = 0; i < original.Layers.Count; i++)
        {
            Assert.True(ConfigReader.ConfigEquals(original.Layers[i].GetConfig(), loaded.Layers[i].GetConfig()), $"layer {i} config differs");
        }

        Tensor probe = TestData.Normal(43, 10, 3);
        Assert.Equal(original.Predict(probe).ToArray(), loaded.Predict(probe).ToArray());

        History expected = original.Fit(x, y, epochs: 3, batchSize: 8, validationSplit: 0.25, verbose: 0);
        History actual = loaded.Fit(x, y, epochs: 3, batchSize: 8, validationSplit: 0.25, verbose: 0);
        Assert.Equal(expected["loss"], actual["loss"]);
        Assert.Equal(expected["val_loss"], actual["val_loss"]);
        Assert.Equal(SavingTestModels.FlatWeights(original), SavingTestModels.FlatWeights(loaded));
        Assert.Equal(original.Predict(probe).ToArray(), loaded.Predict(probe).ToArray());
    }

    [Fact]
    public void Batch_normalization_moving_statistics_regularizers_and_constraints_come_back()
    {
        using var dir = new TempDirectory();
        (Tensor x, Tensor y) = TestData.Binary(42, 40);
        Sequential original = Create(seed: 22);
        original.Compile(new Nadam(), new BinaryCrossentropy());
        original.Fit(x, y, epochs: 2, batchSize: 10, verbose: 0);
        original.Save(dir.File("m.dendrite"));
        var loaded = Assert.IsType<Sequential>(Model.Load(dir.File("m.dendrite")));

        var bn = Assert.IsType<BatchNormalization>(original.Layers[2]);
        var bnLoaded = Assert.IsType<BatchNormalization>(loaded.Layers[2]);
        Assert.NotEqual(new float[8], bn.MovingMean!.Value.ToArray());
        Assert.Equal(bn.MovingMean.Value.ToArray(), bnLoaded.MovingMean!.Value.ToArray());
        Assert.Equal(bn.MovingVariance!.Value.ToArray(), bnLoaded.MovingVariance!.Value.ToArray());
        Assert.Equal((0.8, 1e-4), (bnLoaded.Momentum, bnLoaded.Epsilon));

        var dense = Assert.IsType<Dense>(loaded.Layers[1]);
        Assert.Equal(0.01, Assert.IsType<L1L2>(dense.KernelRegularizer).L2);
        Assert.Equal(0.001, Assert.IsType<L1>(dense.ActivityRegularizer).Factor);
        Assert.Equal(1.5, Assert.IsType<MaxNorm>(dense.KernelConstraint).MaxValue);
        Assert.IsType<NonNeg>(dense.BiasConstraint);
        Assert.All(dense.Bias!.Value.ToArray(), b => Assert.True(b >= 0));
        Assert.Equal(original.Evaluate(x, y)["loss"], loaded.Evaluate(x, y)["loss"]);
    }

    /// <summary>Every saved training feature in one small binary classifier (not compiled).</summary>
    private static Sequential Create(int seed) => new(
        [
            new Input(new Shape(3)),
            new Dense(8, Activation.Relu, kernelRegularizer: new L1L2(0.001, 0.01), biasRegularizer: new L2(0.05), activityRegularizer: new L1(0.001), kernelConstraint: new MaxNorm(1.5), biasConstraint: new NonNeg()),
            new BatchNormalization(momentum: 0.8, epsilon: 1e-4),
            new Dropout(0.2),
            new GaussianNoise(0.1, seed: 3),
            new LayerNormalization(),
            new Dense(1, Activation.Sigmoid, kernelConstraint: new UnitNorm()),
        ],
        seed: seed);
}
