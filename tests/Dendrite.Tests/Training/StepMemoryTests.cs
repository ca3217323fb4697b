// Memory of the training step: inside Fit, op results, gradients and shuffled batches are rented from a pool
// that takes them back after each step, so a steady-state mnist-mlp step (784-256-128-10, batch 128, Adam)
// allocates no tensor-sized arrays — measured as bytes, a count, not a timing. Pooled steps are bit-identical
// to unpooled ones, and models with user-defined parts (which could keep a rented tensor) are not pooled.
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Nn.Regularizers;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;
using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training;

public sealed class StepMemoryTests
{
    private static Sequential MnistMlp(int seed)
    {
        var model = new Sequential([new Input(new Shape(784)), new Dense(256, Activation.Relu), new Dense(128, Activation.Relu), new Dense(10)], seed: seed);
        model.Compile(new Adam(), new SparseCategoricalCrossentropy(fromLogits: true), metrics: ["accuracy"]);
        return model;
    }

    private static Tensor Labels(int seed, int n, int classes)
    {
        var rng = new RandomGenerator(seed);
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = (int)(rng.NextDouble() * classes);
        }

        return labels;
    }

    /// <summary>Bytes allocated on the training thread between the begin and end hooks of each batch.</summary>
    private sealed class StepBytes : Callback
    {
        private long _start;

        public List<long> Bytes { get; } = [];

        public override void OnTrainBatchBegin(int batch) => _start = GC.GetAllocatedBytesForCurrentThread();

        public override void OnTrainBatchEnd(int batch, Logs logs) => Bytes.Add(GC.GetAllocatedBytesForCurrentThread() - _start);
    }

    [Fact]
    public void A_steady_state_mnist_mlp_step_in_Fit_allocates_no_tensor_sized_arrays()
    {
        Sequential model = MnistMlp(seed: 5);
        Tensor x = TestData.Normal(6, 1024, 784), y = Labels(7, 1024, 10);
        var probe = new StepBytes();
        model.Fit(x, y, epochs: 2, batchSize: 128, shuffle: true, callbacks: [probe], verbose: 0);

        // The smallest tensor of this step is the logits, 128 × 10 floats = 5,120 bytes; the largest, the first
        // kernel's gradient, 784 × 256 × 4 = 802,816 bytes; unpooled the step allocated ≈ 1.98 MB. What remains
        // (≈ 24 KB, measured) is bookkeeping: Tensor and Shape objects, tape records and closures, the per-step
        // lists of Model.TrainableVariables / Losses, the logs dictionary.
        const long Bound = 48 * 1024;
        long steady = probe.Bytes.Skip(8).Max(); // the second epoch: every buffer was rented once already
        Assert.True(steady < Bound, $"a steady-state step allocated {steady:N0} bytes (bound {Bound:N0}); first-epoch steps: {string.Join(", ", probe.Bytes.Take(8))}");
        Assert.True(probe.Bytes[0] > 802_816, $"the first step rents every buffer fresh ({probe.Bytes[0]:N0} bytes): the measurement sees allocations");
    }

    [Fact]
    public void A_steady_state_TrainOnBatch_allocates_no_tensor_sized_arrays()
    {
        Sequential model = MnistMlp(seed: 5);
        Tensor x = TestData.Normal(6, 128, 784), y = Labels(7, 128, 10);
        long first = GC.GetAllocatedBytesForCurrentThread();
        model.TrainOnBatch(x, y);
        first = GC.GetAllocatedBytesForCurrentThread() - first;
        model.TrainOnBatch(x, y);
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.TrainOnBatch(x, y);
        long steady = GC.GetAllocatedBytesForCurrentThread() - before;

        // As in Fit (above): the first kernel's gradient alone is 802,816 bytes; a later call reuses this thread's buffers
        // for the model, and what remains is bookkeeping plus the call's data checks and result logs.
        Assert.True(first > 802_816, $"the first call rents every buffer fresh ({first:N0} bytes): the measurement sees allocations");
        Assert.True(steady < 64 * 1024, $"a steady-state TrainOnBatch allocated {steady:N0} bytes");
    }

    [Fact]
    public void A_second_Fit_call_reuses_the_first_calls_buffers()
    {
        Sequential model = MnistMlp(seed: 5);
        Tensor x = TestData.Normal(6, 256, 784), y = Labels(7, 256, 10);
        long first = GC.GetAllocatedBytesForCurrentThread();
        model.Fit(x, y, epochs: 1, batchSize: 128, shuffle: false, verbose: 0);
        first = GC.GetAllocatedBytesForCurrentThread() - first;
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.Fit(x, y, epochs: 1, batchSize: 128, shuffle: false, verbose: 0);
        long second = GC.GetAllocatedBytesForCurrentThread() - before;

        // Repeated Fit(epochs: 1) calls (a custom epoch loop) keep this thread's step buffers for the model, as TrainOnBatch
        // does: the second call's two steps rent what the first call's steps allocated; the first kernel's gradient alone
        // is 802,816 bytes. What remains is bookkeeping, the call's data checks, History and the logs.
        Assert.True(first > 802_816, $"the first call rents every buffer fresh ({first:N0} bytes): the measurement sees allocations");
        Assert.True(second < 200 * 1024, $"a second Fit call allocated {second:N0} bytes");
    }

    /// <summary>Trains the model for two more steps from inside each step of the Fit that runs it, while that step's rented
    /// predictions and gradients are still to be used by the outer update and metrics.</summary>
    private sealed class TrainsInsideTheStep(Tensor x, Tensor y) : Callback
    {
        public override bool NeedsGradients => true;

        public override void OnGradients(int batch, IReadOnlyList<(Variable Variable, Tensor Gradient)> gradients) =>
            Model!.Fit(x, y, epochs: 1, batchSize: 16, shuffle: false, verbose: 0);
    }

    [Fact]
    public void A_call_from_inside_a_step_does_not_take_back_that_steps_buffers()
    {
        Tensor x = TestData.Normal(8, 128, 784), y = Labels(9, 128, 10);
        Tensor xInner = TestData.Normal(10, 32, 784), yInner = Labels(11, 32, 10);

        // Reference: the same nesting, with the outer steps unpooled.
        Sequential reference = MnistMlp(seed: 3);
        var trackers = new LossTrackers(1);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            for (int step = 0; step < 2; step++)
            {
                TrainStep.Train(reference, [x.Rows(step * 64, 64)], [y.Rows(step * 64, 64)], null, trackers, pool: null,
                    onGradients: (_, _) => reference.Fit(xInner, yInner, epochs: 1, batchSize: 16, shuffle: false, verbose: 0));
            }
        }

        Sequential model = MnistMlp(seed: 3);
        model.Fit(x, y, epochs: 3, batchSize: 64, shuffle: false, callbacks: [new TrainsInsideTheStep(xInner, yInner)], verbose: 0);
        Assert.Equal(reference.GetWeights().SelectMany(w => w.ToArray()), model.GetWeights().SelectMany(w => w.ToArray()));
    }

    [Fact]
    public void Pooled_steps_give_bit_identical_weights_and_losses()
    {
        Tensor x = TestData.Normal(8, 64, 784), y = Labels(9, 64, 10);
        (float[] Weights, double Loss) Run(bool pooled)
        {
            Sequential model = MnistMlp(seed: 3);
            var trackers = new LossTrackers(1);
            TensorPool? pool = pooled ? new TensorPool() : null;
            for (int step = 0; step < 6; step++)
            {
                TrainStep.Train(model, [x.Rows(step % 2 * 32, 32)], [y.Rows(step % 2 * 32, 32)], null, trackers, pool);
            }

            return (model.GetWeights().SelectMany(w => w.ToArray()).ToArray(), trackers.Total.Result());
        }

        var plain = Run(pooled: false);
        var pooled = Run(pooled: true);
        Assert.Equal(plain.Weights, pooled.Weights);
        Assert.Equal(plain.Loss, pooled.Loss);
    }

    private sealed class Doubling() : Layer("doubling")
    {
        public override Tensor Call(Tensor x, bool training = false) => Ops.Multiply(x, 2.0);
    }

    [Fact]
    public void Only_models_made_of_built_in_parts_are_pooled()
    {
        Sequential Compiled(Layer hidden, Loss loss)
        {
            var model = new Sequential([new Input(new Shape(3)), hidden, new Dense(1)], seed: 1);
            model.Compile(new SGD(), loss);
            return model;
        }

        Assert.True(TrainStep.CanPool(Compiled(new Dense(4, Activation.Tanh), new MeanSquaredError())));
        Assert.False(TrainStep.CanPool(Compiled(new Doubling(), new MeanSquaredError())));
        Assert.False(TrainStep.CanPool(Compiled(new Dense(4, activityRegularizer: new L2()), new MeanSquaredError())));
        Assert.False(TrainStep.CanPool(Compiled(new Dense(4), new CustomLoss("mse2", (t, p) => Ops.Square(Ops.Subtract(t, p))))));
        Assert.True(TrainStep.CanPoolInference(Compiled(new Dense(4), new CustomLoss("mse2", (t, p) => Ops.Square(Ops.Subtract(t, p))))));
        Assert.False(TrainStep.CanPoolInference(Compiled(new Doubling(), new MeanSquaredError())));
    }
}
