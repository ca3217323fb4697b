using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class TerminateOnNaNTests
{
    /// <summary>12 samples in batches of 4: three steps per epoch.</summary>
    private static (Tensor X, Tensor Y) Data() => TestData.Linear(80, 12);

    private static Sequential Regressor(Loss loss, double learningRate = 0.05)
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(2), new Dense(1)], seed: 8);
        model.Compile(new SGD(learningRate: learningRate), loss);
        return model;
    }

    private static float[] Flat(Model model) => model.GetWeights().SelectMany(w => w.ToArray()).ToArray();

    /// <summary>Records the weights after every training batch (it runs before TerminateOnNaN restores them).</summary>
    private static LambdaCallback WeightRecorder(Func<Model> model, List<float[]> weights, List<string> batches) => new(
        onEpochBegin: e => batches.Add($"epoch {e}"),
        onTrainBatchEnd: (b, _) =>
        {
            batches.Add($"batch {b}");
            weights.Add(Flat(model()));
        });

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Stops_at_the_bad_batch_and_keeps_the_weights_from_before_it(double poison)
    {
        // The 5th loss computation is epoch 1, batch 1.
        (Tensor x, Tensor y) = Data();
        Sequential model = Regressor(new PoisonedLoss(poisonedCall: 5, poison));
        var weights = new List<float[]>();
        var batches = new List<string>();
        using var output = new StringWriter();
        var terminate = new TerminateOnNaN(output: output);
        History history = model.Fit(x, y, epochs: 4, batchSize: 4, callbacks: [WeightRecorder(() => model, weights, batches), terminate], verbose: 0);

        Assert.Equal(["epoch 0", "batch 0", "batch 1", "batch 2", "epoch 1", "batch 0", "batch 1"], batches);
        Assert.Equal("Batch 1: Invalid loss, terminating training\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(1, terminate.TerminatedBatch);
        Assert.True(model.StopTraining);
        Assert.Equal([0, 1], history.Epochs);
        Assert.False(double.IsFinite(history["loss"][1]));

        // The bad step broke the weights; the model ends with those recorded after the step before it.
        Assert.Contains(weights[^1], w => !float.IsFinite(w));
        Assert.Equal(weights[^2], Flat(model));
        Assert.NotEqual(weights[^3], weights[^2]);
    }

    [Fact]
    public void Without_the_callback_the_same_run_ends_with_broken_weights()
    {
        (Tensor x, Tensor y) = Data();
        Sequential model = Regressor(new PoisonedLoss(poisonedCall: 5, double.NaN));
        History history = model.Fit(x, y, epochs: 4, batchSize: 4, verbose: 0);
        Assert.Equal([0, 1, 2, 3], history.Epochs);
        Assert.Contains(Flat(model), w => float.IsNaN(w));
    }

    [Fact]
    public void A_diverging_learning_rate_is_stopped_with_the_last_finite_weights()
    {
        // SGD at η = 10 on a linear regression grows the weights ~20× per step until float32 overflows.
        (Tensor x, Tensor y) = Data();
        Sequential model = Regressor(new MeanSquaredError(), learningRate: 10);
        var weights = new List<float[]>();
        var batches = new List<string>();
        var terminate = new TerminateOnNaN(output: TextWriter.Null);
        History history = model.Fit(x, y, epochs: 100, batchSize: 4, shuffle: false, callbacks: [WeightRecorder(() => model, weights, batches), terminate], verbose: 0);

        Assert.NotNull(terminate.TerminatedBatch);
        Assert.True(history.Epochs.Count < 100);
        Assert.Equal($"batch {terminate.TerminatedBatch}", batches[^1]);
        Assert.Equal(weights[^2], Flat(model));
        Assert.All(Flat(model), w => Assert.True(float.IsFinite(w)));
    }

    [Fact]
    public void Raise_error_restores_the_weights_and_throws_without_ending_training()
    {
        (Tensor x, Tensor y) = Data();
        Sequential model = Regressor(new PoisonedLoss(poisonedCall: 2, double.NaN));
        var weights = new List<float[]>();
        bool trainEnded = false;
        var callbacks = new Callback[] { WeightRecorder(() => model, weights, []), new TerminateOnNaN(raiseError: true), new LambdaCallback(onTrainEnd: _ => trainEnded = true) };
        var e = Assert.Throws<InvalidOperationException>(() => model.Fit(x, y, epochs: 2, batchSize: 4, callbacks: callbacks, verbose: 0));
        Assert.Equal("NaN or Inf loss encountered at batch 1. Loss value: nan. Terminating training immediately.", e.Message);
        Assert.False(trainEnded);
        Assert.Equal(weights[0], Flat(model));
    }

    [Fact]
    public void Finite_losses_train_to_the_end_silently()
    {
        (Tensor x, Tensor y) = Data();
        using var output = new StringWriter();
        var terminate = new TerminateOnNaN(output: output);
        Sequential model = Regressor(new MeanSquaredError());
        History history = model.Fit(x, y, epochs: 3, batchSize: 4, callbacks: [terminate], verbose: 0);
        Sequential plain = Regressor(new MeanSquaredError());
        plain.Fit(x, y, epochs: 3, batchSize: 4, verbose: 0);

        Assert.Equal([0, 1, 2], history.Epochs);
        Assert.Null(terminate.TerminatedBatch);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(Flat(plain), Flat(model));
    }

    /// <summary>Mean squared error, except that its <c>poisonedCall</c>-th computation is multiplied by <c>poison</c> (NaN or ∞).</summary>
    private sealed class PoisonedLoss(int poisonedCall, double poison) : Loss
    {
        private readonly MeanSquaredError _mse = new();
        private int _calls;

        public override string Name => "poisoned_mse";

        public override Tensor Call(Tensor yTrue, Tensor yPred)
        {
            Tensor loss = _mse.Call(yTrue, yPred);
            return ++_calls == poisonedCall ? Ops.Multiply(loss, poison) : loss;
        }
    }
}
