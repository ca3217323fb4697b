// Predict spreads a call over Engine.Threads (ParallelPredict): the batches of a call of several batches, or row ranges
// of one large batch. Either way the result must be the one thread's result bit for bit — for dense, convolutional,
// recurrent and batch-normalised models — a split batch must still reuse the threads' buffers, and a NaN or infinity in
// any part (each part checks its own rows, on its thread) must be reported as the serial path reports it.
using Dendrite.Tests.Kernels;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Training;

[Collection(EngineThreadsCollection.Name)]
public sealed class ParallelPredictTests
{
    public static TheoryData<string> Models => ["mlp", "cnn", "lstm", "batchnorm"];

    private static (Sequential Model, Tensor X) Build(string kind) => kind switch
    {
        "mlp" => (new Sequential([new Input([40]), new Dense(64, Activation.Relu), new Dense(32, Activation.Gelu), new Dense(5, Activation.Softmax)], seed: 31), TestData.Normal(32, 203, 40)),
        "cnn" => (new Sequential([new Input([8, 8, 2]), new Conv2D(4, 3, padding: Padding.Same, activation: Activation.Relu), new MaxPooling2D(), new Conv2D(6, 3, activation: Activation.Relu), new Flatten(), new Dense(3)], seed: 33), TestData.Normal(34, 150, 8, 8, 2)),
        "lstm" => (new Sequential([new Input([7, 3]), new LSTM(8, returnSequences: true), new GRU(5), new Dense(2, Activation.Sigmoid)], seed: 35), TestData.Normal(36, 131, 7, 3)),
        _ => (new Sequential([new Input([12]), new Dense(16), new BatchNormalization(), new ActivationLayer(Activation.Relu), new Dense(4)], seed: 37), TestData.Normal(38, 190, 12)),
    };

    private static Tensor PredictWith(int threads, Model model, Tensor x, int batchSize)
    {
        using (new EngineThreadsScope(threads))
        {
            return model.Predict(x, batchSize);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Split_batches_and_spread_batches_give_the_one_thread_result(string kind)
    {
        var (model, x) = Build(kind);
        int n = x.Shape[0];
        foreach (int batchSize in new[] { n, 48, 7 })
        {
            Tensor serial = PredictWith(1, model, x, batchSize);
            foreach (int threads in new[] { 2, 3 })
            {
                Tensor parallel = PredictWith(threads, model, x, batchSize);
                Assert.Equal(serial.Shape, parallel.Shape);
                Assert.True(serial.AsSpan().SequenceEqual(parallel.AsSpan()), $"{kind}: batch {batchSize} on {threads} threads differs from one thread");
            }
        }
    }

    [Fact]
    public void A_batch_split_across_threads_allocates_no_activation_buffers()
    {
        var model = new Sequential([new Input([64]), new Dense(128, Activation.Relu), new Dense(10, Activation.Softmax)], seed: 39);
        Tensor x = TestData.Normal(40, 512, 64);
        using (new EngineThreadsScope(2))
        {
            for (int i = 0; i < 3; i++)
            {
                model.Predict(x, batchSize: 512); // warm-up: each thread's plan makes its buffers once
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            Tensor result = model.Predict(x, batchSize: 512);
            long call = GC.GetAllocatedBytesForCurrentThread() - before;

            // The result is 512 × 10 × 4 = 20,480 bytes plus its Tensor object — allocated by whichever thread finishes a part first,
            // so it may not count here; the caller's half of the hidden layer alone would be 256 × 128 × 4 = 131,072. What remains
            // is the split's bookkeeping (the job, the row views of the caller's part).
            Assert.Equal(new Shape(512, 10), result.Shape);
            Assert.InRange(call, 0, 20_480 + 2_048);
        }
    }

    [Theory]
    [InlineData(203, 1, float.NaN)] // one batch split in two: the value in the caller's part
    [InlineData(203, 150, float.PositiveInfinity)] // one batch split in two: the value in the worker's part
    [InlineData(7, 150, float.NegativeInfinity)] // 29 batches spread over the threads: the value in batch 21
    public void A_value_that_is_not_finite_in_any_part_is_reported_by_row_and_column(int batchSize, int row, float bad)
    {
        var (model, x) = Build("mlp");
        using (new EngineThreadsScope(2))
        {
            model.Predict(x, batchSize); // the plans exist on both threads
            x[row, 17] = bad;
            var e = Assert.Throws<Dendrite.Nn.NonFiniteValueException>(() => model.Predict(x, batchSize));
            Assert.Contains($"row {row}, column 17", e.Message);
            x[row, 17] = 0.5f;
            Assert.Equal(PredictWith(1, model, x, batchSize).AsSpan().ToArray(), model.Predict(x, batchSize).AsSpan().ToArray());
        }
    }
}
