// ReduceLROnPlateau in real Fit runs, replaying keras/src/callbacks/reduce_lr_on_plateau_test.py.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed partial class ReduceLROnPlateauTests
{
    /// <summary>Keras' own test model: Dense(5), Dense(2), mse, Adam(0.1), 10 training and 10 validation samples.</summary>
    private static (Sequential Model, History History) KerasFit(ReduceLROnPlateau callback, int epochs)
    {
        (Tensor x, Tensor y) = TestData.Linear(51, 10);
        (Tensor xv, Tensor yv) = TestData.Linear(52, 10);
        var model = new Sequential([new Input(new Shape(3)), new Dense(5), new Dense(1, Activation.Linear)], seed: 3);
        model.Compile(new Adam(learningRate: 0.1), new MeanSquaredError());
        History history = model.Fit(x, y, epochs: epochs, validationData: (xv, yv), callbacks: [callback], verbose: 0);
        return (model, history);
    }

    [Fact]
    public void Fit_reduces_the_rate_as_in_keras_tests()
    {
        // keras/src/callbacks/reduce_lr_on_plateau_test.py: minDelta 100 makes every epoch after the first a
        // plateau. patience 1, 2 epochs → 0.1 · 0.1 = 0.01, and History sees "learning_rate" (the rate before
        // the epoch-end reduction) because Fit runs user callbacks before History, as Keras does.
        (Sequential model, History history) = KerasFit(new ReduceLROnPlateau(patience: 1, factor: 0.1, minDelta: 100), epochs: 2);
        Assert.Equal(0.01, model.Optimizer!.LearningRate, 15);
        Assert.Equal([0.1, 0.1], history["learning_rate"]);
    }

    [Fact]
    public void Fit_honours_min_lr_as_in_keras_tests()
    {
        (Sequential model, _) = KerasFit(new ReduceLROnPlateau(patience: 1, factor: 0.1, minDelta: 10, minLr: 0.005), epochs: 4);
        Assert.Equal(0.005, model.Optimizer!.LearningRate);
    }

    [Fact]
    public void Fit_with_cooldown_reduces_every_other_epoch_as_in_keras_tests()
    {
        (Sequential model, History history) = KerasFit(new ReduceLROnPlateau(patience: 1, factor: 0.1, minDelta: 100, cooldown: 2), epochs: 4);
        Assert.Equal(0.001, model.Optimizer!.LearningRate, 15);
        Assert.Equal([0.1, 0.1, 0.01, 0.01], history["learning_rate"], (a, b) => Math.Abs(a - b) < 1e-15);
    }
}
