using System.Globalization;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class LearningRateSchedulerTests
{
    private static Sequential Regressor(double learningRate)
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: 5);
        model.Compile(new SGD(learningRate: learningRate), new MeanSquaredError());
        return model;
    }

    private static float[] Flat(Model model) => model.GetWeights().SelectMany(w => w.ToArray()).ToArray();

    [Fact]
    public void Keras_docstring_example_ends_at_0_00607()
    {
        // keras/src/callbacks/learning_rate_scheduler.py: SGD() (0.01), keep the rate for 10 epochs, then
        // multiply by e^−0.1 each epoch; after 15 epochs round(lr, 5) = 0.00607 (= 0.01 · e^−0.5).
        (Tensor x, Tensor y) = TestData.Linear(60, 5);
        Sequential model = Regressor(0.01);
        var scheduler = new LearningRateScheduler((epoch, lr) => epoch < 10 ? lr : lr * Math.Exp(-0.1));
        model.Fit(x, y, epochs: 15, callbacks: [scheduler], verbose: 0);
        Assert.Equal(0.00607, Math.Round(model.Optimizer!.LearningRate, 5));
        Assert.Equal(0.01 * Math.Exp(-0.5), model.Optimizer.LearningRate, 14);
    }

    [Fact]
    public void The_rate_is_set_before_the_epoch_trains_and_logged_at_its_end()
    {
        (Tensor x, Tensor y) = TestData.Linear(61, 8);
        Sequential scheduled = Regressor(1.0);
        History history = scheduled.Fit(x, y, epochs: 3, batchSize: 8, shuffle: false, callbacks: [new LearningRateScheduler((epoch, _) => 0.1 / (epoch + 1))], verbose: 0);
        Assert.Equal([0.1, 0.05, 0.1 / 3], history["learning_rate"]);
        Assert.Equal(["loss", "learning_rate"], history.Values.Keys);

        // The same three steps taken by hand with those rates give the same weights.
        Sequential manual = Regressor(0.1);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            manual.Optimizer!.LearningRate = 0.1 / (epoch + 1);
            manual.TrainOnBatch(x, y);
        }

        Assert.Equal(Flat(manual), Flat(scheduled));
    }

    [Fact]
    public void The_schedule_receives_the_epoch_and_the_current_rate()
    {
        (Tensor x, Tensor y) = TestData.Linear(62, 4);
        var calls = new List<(int Epoch, double Rate)>();
        var scheduler = new LearningRateScheduler((epoch, lr) =>
        {
            calls.Add((epoch, lr));
            return lr / 2;
        });
        Regressor(0.08).Fit(x, y, epochs: 5, initialEpoch: 2, callbacks: [scheduler], verbose: 0);
        Assert.Equal([(2, 0.08), (3, 0.04), (4, 0.02)], calls);
    }

    [Fact]
    public void Verbose_prints_keras_message_on_the_given_writer()
    {
        using var writer = new StringWriter();
        var scheduler = new LearningRateScheduler((epoch, _) => epoch == 0 ? 0.1 : 1e-05, verbose: 1, output: writer) { Model = Regressor(0.5) };
        scheduler.OnEpochBegin(0);
        scheduler.OnEpochBegin(1);
        Assert.Equal(
            "\nEpoch 1: LearningRateScheduler setting learning rate to 0.1.\n\nEpoch 2: LearningRateScheduler setting learning rate to 1e-05.\n",
            writer.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_schedule_returning_an_invalid_rate_is_reported_with_the_epoch(double bad)
    {
        var scheduler = new LearningRateScheduler((epoch, lr) => epoch == 3 ? bad : lr) { Model = Regressor(0.5) };
        scheduler.OnEpochBegin(0);
        var e = Assert.Throws<InvalidOperationException>(() => scheduler.OnEpochBegin(3));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"returned {bad} for epoch 3"), e.Message, StringComparison.Ordinal);
        Assert.Equal(0.5, scheduler.Model!.Optimizer!.LearningRate);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => new LearningRateScheduler(null!)).ParamName);
        Assert.Equal("verbose", Assert.Throws<ArgumentOutOfRangeException>(() => new LearningRateScheduler((_, lr) => lr, verbose: -1)).ParamName);
        var unbound = new LearningRateScheduler((_, lr) => lr);
        Assert.Contains("compiled model", Assert.Throws<InvalidOperationException>(() => unbound.OnEpochBegin(0)).Message, StringComparison.Ordinal);
    }
}
