using System.Globalization;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class LambdaCallbackTests
{
    private static Sequential Regressor()
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: 7);
        model.Compile(new SGD(learningRate: 0.05), new MeanSquaredError());
        return model;
    }

    private static string Hook(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}({index})");

    [Fact]
    public void Each_delegate_is_called_by_its_hook_in_fit_order()
    {
        (Tensor x, Tensor y) = TestData.Linear(70, 8);
        var calls = new List<string>();
        var epochLosses = new List<double>();
        var callback = new LambdaCallback(
            onEpochBegin: e => calls.Add(Hook("EpochBegin", e)),
            onEpochEnd: (e, logs) =>
            {
                calls.Add(Hook("EpochEnd", e));
                epochLosses.Add(logs["loss"]);
            },
            onTrainBegin: _ => calls.Add("TrainBegin"),
            onTrainEnd: logs => calls.Add("TrainEnd " + string.Join(",", logs.Keys)),
            onTrainBatchBegin: b => calls.Add(Hook("BatchBegin", b)),
            onTrainBatchEnd: (b, logs) => calls.Add(Hook("BatchEnd", b)));
        History history = Regressor().Fit(x, y, epochs: 2, batchSize: 4, callbacks: [callback], verbose: 0);

        Assert.Equal(
            [
                "TrainBegin",
                "EpochBegin(0)", "BatchBegin(0)", "BatchEnd(0)", "BatchBegin(1)", "BatchEnd(1)", "EpochEnd(0)",
                "EpochBegin(1)", "BatchBegin(0)", "BatchEnd(0)", "BatchBegin(1)", "BatchEnd(1)", "EpochEnd(1)",
                "TrainEnd loss",
            ],
            calls);
        Assert.Equal(history["loss"], epochLosses);
    }

    [Fact]
    public void Hooks_left_null_do_nothing()
    {
        (Tensor x, Tensor y) = TestData.Linear(71, 8);
        History with = Regressor().Fit(x, y, epochs: 2, batchSize: 4, callbacks: [new LambdaCallback()], verbose: 0);
        History without = Regressor().Fit(x, y, epochs: 2, batchSize: 4, verbose: 0);
        Assert.Equal(without["loss"], with["loss"]);
    }

    [Fact]
    public void Stopping_in_a_batch_hook_ends_the_epoch_after_that_batch()
    {
        // Keras' trainer leaves the batch loop as soon as stop_training is set, then ends the epoch.
        (Tensor x, Tensor y) = TestData.Linear(72, 16);
        Sequential model = Regressor();
        var batches = new List<int>();
        var callback = new LambdaCallback(onTrainBatchBegin: batches.Add, onTrainBatchEnd: (b, _) => model.StopTraining = b == 1);
        History history = model.Fit(x, y, epochs: 3, batchSize: 4, callbacks: [callback], verbose: 0);
        Assert.Equal([0, 1], batches);
        Assert.Equal([0], history.Epochs);
        Assert.Equal(2, model.Optimizer!.Iterations);
    }
}
