// GradientNorms against hand-computed gradients, the gradients hook's contract, and the step's memory bound with
// the hook on.
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class GradientNormsTests
{
    // ŷ = 2x + 1 on x = (1, 2), y = (0, 0); MSE = mean(r²) with r = ŷ − y = (3, 5).
    private static Sequential Line(double learningRate)
    {
        var model = new Sequential([new Input(new Shape(1)), new Dense(1, kernelInitializer: new Constant(2), biasInitializer: new Constant(1), name: "line")], seed: 1);
        model.Compile(new SGD(learningRate: learningRate), new MeanSquaredError());
        return model;
    }

    private static readonly Tensor s_x = new float[,] { { 1 }, { 2 } }, s_y = new float[,] { { 0 }, { 0 } };

    [Fact]
    public void One_batch_gives_the_L2_norm_of_the_layers_whole_gradient()
    {
        // dL/dŷ_i = 2 r_i / 2 = (3, 5); dL/dw = 1·3 + 2·5 = 13; dL/db = 3 + 5 = 8; ‖(13, 8)‖ = √233.
        var norms = new GradientNorms();
        History history = Line(0.01).Fit(s_x, s_y, epochs: 1, batchSize: 2, callbacks: [norms], verbose: 0);
        Assert.Equal(["line"], norms.LayerNames);
        Assert.Equal(Math.Sqrt(233), history[GradientNorms.Key("line")][0], 5);
        Assert.Equal("grad_norm/line", GradientNorms.Key("line"));
    }

    [Fact]
    public void The_epoch_value_is_the_mean_over_its_batches()
    {
        // Batch size 1, no shuffle, a learning rate too small to move the weights: x = 1 gives r = 3, dw = db = 6,
        // norm √72; x = 2 gives r = 5, dw = 20, db = 10, norm √500. The epoch's value is their mean.
        History history = Line(1e-9).Fit(s_x, s_y, epochs: 2, batchSize: 1, shuffle: false, callbacks: [new GradientNorms()], verbose: 0);
        double expected = (Math.Sqrt(72) + Math.Sqrt(500)) / 2; // 15.42298
        Assert.Equal(2, history["grad_norm/line"].Count);
        Assert.All(history["grad_norm/line"], v => Assert.Equal(expected, v, 4));
    }

    private sealed class GradientProbe(bool needs) : Callback
    {
        public List<(int Batch, string[] Names, Shape[] Shapes)> Calls { get; } = [];

        public override bool NeedsGradients => needs;

        public override void OnGradients(int batch, IReadOnlyList<(Variable Variable, Tensor Gradient)> gradients) =>
            Calls.Add((batch, [.. gradients.Select(g => g.Variable.Name)], [.. gradients.Select(g => g.Gradient.Shape)]));
    }

    [Fact]
    public void The_gradients_hook_runs_only_for_callbacks_that_ask()
    {
        var asking = new GradientProbe(needs: true);
        var silent = new GradientProbe(needs: false);
        var model = new Sequential([new Input(new Shape(3)), new Dense(4, Activation.Tanh, name: "a"), new Dense(1, name: "b")], seed: 2);
        model.Compile(new SGD(), new MeanSquaredError());
        (Tensor x, Tensor y) = TestData.Linear(4, 10);
        model.Fit(x, y, epochs: 2, batchSize: 4, callbacks: [asking, silent], verbose: 0);
        Assert.Empty(silent.Calls);
        Assert.Equal([0, 1, 2, 0, 1, 2], asking.Calls.Select(c => c.Batch));
        Assert.All(asking.Calls, c => Assert.Equal(["a/kernel", "a/bias", "b/kernel", "b/bias"], c.Names));
        Assert.All(asking.Calls, c => Assert.Equal([new Shape(3, 4), new Shape(4), new Shape(4, 1), new Shape(1)], c.Shapes));
    }

    private sealed class StepBytes : Callback
    {
        private long _start;

        public List<long> Bytes { get; } = [];

        public override void OnTrainBatchBegin(int batch) => _start = GC.GetAllocatedBytesForCurrentThread();

        public override void OnTrainBatchEnd(int batch, Logs logs) => Bytes.Add(GC.GetAllocatedBytesForCurrentThread() - _start);
    }

    [Fact]
    public void With_gradient_norms_on_a_steady_state_step_still_allocates_no_tensor_sized_arrays()
    {
        // The mnist-mlp step of StepMemoryTests (its bound: 48 KB; its smallest tensor, the logits, is 5,120 bytes).
        var model = new Sequential([new Input(new Shape(784)), new Dense(256, Activation.Relu), new Dense(128, Activation.Relu), new Dense(10)], seed: 5);
        model.Compile(new Adam(), new SparseCategoricalCrossentropy(fromLogits: true));
        Tensor x = TestData.Normal(6, 512, 784);
        Tensor y = Tensor.FromLabels([.. Enumerable.Range(0, 512).Select(i => i % 10)]);
        var probe = new StepBytes();
        model.Fit(x, y, epochs: 2, batchSize: 128, callbacks: [new GradientNorms(), probe], verbose: 0);
        long steady = probe.Bytes.Skip(4).Max();
        Assert.True(steady < 48 * 1024, $"a steady-state step with GradientNorms allocated {steady:N0} bytes");
    }
}
