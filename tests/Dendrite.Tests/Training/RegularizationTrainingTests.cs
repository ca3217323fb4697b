using Dendrite.Models;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Nn.Regularizers;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

public sealed class RegularizationTrainingTests
{
    // One sample x = (1, 2), target 0, Dense(1, no bias) with kernel (0.5, 0.5): ŷ = 1.5, MSE = 2.25.
    private static readonly Tensor s_x = new float[,] { { 1, 2 } };
    private static readonly Tensor s_y = new float[,] { { 0 } };

    private static Sequential Model(Dense dense, double learningRate = 0.1)
    {
        var model = new Sequential([new Input(new Shape(2)), dense], seed: 1);
        model.Compile(new SGD(learningRate: learningRate), new MeanSquaredError());
        return model;
    }

    [Fact]
    public void Logged_loss_includes_the_penalties_as_Keras_3()
    {
        // keras/src/trainers/trainer.py compute_loss: total = compiled loss + Σ model.losses, tracked as "loss".
        // L2(0.1) on the kernel: 0.1·(0.25 + 0.25) = 0.05; L1(0.2) activity on ŷ = 1.5: 0.3 / batch 1.
        Sequential model = Model(new Dense(1, useBias: false, kernelInitializer: new Constant(0.5), kernelRegularizer: new L2(0.1), activityRegularizer: new L1(0.2)));
        Logs logs = model.Evaluate(s_x, s_y);
        Assert.Equal(2.25 + 0.05 + 0.3, logs["loss"], 5);
        Assert.Equal(2, model.Losses.Count);
    }

    [Fact]
    public void The_step_differentiates_the_penalty_too()
    {
        // dMSE/dw = 2(ŷ − y)·x = 3·(1, 2) = (3, 6); dL2/dw = 2·0.1·w = 0.1. SGD η = 0.1:
        // w = 0.5 − 0.1·(3 + 0.1) = 0.19 and 0.5 − 0.1·(6 + 0.1) = −0.11.
        var dense = new Dense(1, useBias: false, kernelInitializer: new Constant(0.5), kernelRegularizer: new L2(0.1));
        History history = Model(dense).Fit(s_x, s_y, epochs: 1, batchSize: 1, verbose: 0);
        Assert.Equal([0.19f, -0.11f], dense.Kernel!.Value.ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(2.25 + 0.05, history["loss"][0], 5);
    }

    [Fact]
    public void Constraints_project_the_weights_after_every_step()
    {
        // Without the constraint the step above gives (0.19, −0.11); NonNeg turns −0.11 into 0.
        var dense = new Dense(1, useBias: false, kernelInitializer: new Constant(0.5), kernelRegularizer: new L2(0.1), kernelConstraint: new NonNeg());
        Model(dense).Fit(s_x, s_y, epochs: 1, batchSize: 1, verbose: 0);
        Assert.Equal([0.19f, 0f], dense.Kernel!.Value.ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void MaxNorm_keeps_every_unit_within_its_norm_during_training()
    {
        (Tensor x, Tensor y) = TestData.Linear(3, 64);
        var dense = new Dense(4, kernelConstraint: new MaxNorm(0.5), biasConstraint: new NonNeg());
        var model = new Sequential([new Input(new Shape(3)), dense, new Dense(1)], seed: 2);
        model.Compile(new Adam(learningRate: 0.05), new MeanSquaredError());
        model.Fit(x, y, epochs: 3, batchSize: 16, verbose: 0);
        float[,] kernel = dense.Kernel!.Value.ToArray2D();
        for (int unit = 0; unit < 4; unit++)
        {
            double norm = Math.Sqrt(Enumerable.Range(0, 3).Sum(i => kernel[i, unit] * (double)kernel[i, unit]));
            Assert.True(norm <= 0.5 + 1e-6, $"unit {unit} norm {norm}");
        }

        Assert.All(dense.Bias!.Value.ToArray(), b => Assert.True(b >= 0));
    }
}
