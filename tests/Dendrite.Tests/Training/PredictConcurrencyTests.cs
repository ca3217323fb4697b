// Predict reuses buffers (a plan per thread and model), which must not make it unsafe: one model serves 8 threads ×
// 100,000 rows concurrently with results identical to serial calls; and once warm, a call whose rows fit in one
// batch allocates exactly its result — Sequential or functional (bytes counted, not timed).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Training;

public sealed class PredictConcurrencyTests
{
    private static Sequential Model() => new([new Input(new Shape(20)), new Dense(32, Activation.Relu), new Dense(16, Activation.Tanh), new Dense(8, Activation.Gelu), new Dense(3, Activation.Softmax)], seed: 11);

    [Fact]
    public void Eight_threads_predicting_100000_rows_each_match_serial_results()
    {
        Sequential model = Model();
        Tensor x = TestData.Normal(12, 100_000, 20);
        int[] batchSizes = [1000, 1024, 333, 4096, 1000, 1024, 333, 4096]; // different sizes rent different buffers
        Dictionary<int, float[]> serial = batchSizes.Distinct().ToDictionary(b => b, b => model.Predict(x, batchSize: b).ToArray());
        var results = new float[batchSizes.Length][];
        using var start = new Barrier(batchSizes.Length);
        Thread[] threads = [.. batchSizes.Select((b, t) => new Thread(() =>
        {
            start.SignalAndWait(); // all threads predict at once
            results[t] = model.Predict(x, batchSize: b).ToArray();
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        for (int t = 0; t < batchSizes.Length; t++)
        {
            Assert.Equal(300_000, results[t].Length);
            Assert.True(serial[batchSizes[t]].AsSpan().SequenceEqual(results[t]), $"thread {t} (batch {batchSizes[t]}) differs from the serial result");
        }
    }

    /// <summary>The bytes one <c>Predict(x, batchSize)</c> allocates on this thread after warm-up, and the bytes of its result alone:
    /// a new tensor of the result's shape (its float array and Tensor object; the shape object it may share).</summary>
    private static (long Call, long Result) Bytes(Model model, Tensor x, int batchSize)
    {
        for (int i = 0; i < 3; i++)
        {
            model.Predict(x, batchSize); // warm-up: the thread's plan makes its buffers once
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        Tensor result = model.Predict(x, batchSize);
        long call = GC.GetAllocatedBytesForCurrentThread() - before;
        Shape shape = result.Shape;
        Tensor.Zeros(shape); // the measurement below is then warm too
        before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(Tensor.Zeros(shape));
        return (call, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(1, 32)]
    [InlineData(7, 32)]
    [InlineData(31, 64)] // one batch too small to split across threads (ParallelPredict.MinRows); larger ones: ParallelPredictTests
    public void Sequential_predict_allocates_only_its_result(int rows, int batchSize)
    {
        var model = new Sequential([new Input(new Shape(64)), new Dense(128, Activation.Relu), new Dropout(0.2), new Dense(32, Activation.Gelu), new Dense(10, Activation.Softmax)], seed: 13);
        var (call, result) = Bytes(model, TestData.Normal(14, rows, 64), batchSize);

        // The result of one row is 10 floats; the hidden activations of 31 rows alone would be 31 × 128 × 4 = 15,872 bytes.
        Assert.True(result > 0 && result < (rows * 10 * 4) + 256, $"the result alone measured {result:N0} bytes");
        Assert.Equal(result, call);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Functional_predict_allocates_only_its_result(int rows)
    {
        var input = new Input(new Shape(20));
        SymbolicTensor hidden = new Dense(16, Activation.Tanh).Apply(input);
        SymbolicTensor wide = new Concatenate().Apply([hidden, new Dense(8, Activation.Relu).Apply(input)]);
        var model = new Model(input, new Dense(3, Activation.Sigmoid).Apply(new Dense(12, Activation.Relu).Apply(wide)), seed: 15);
        var (call, result) = Bytes(model, TestData.Normal(16, rows, 20), batchSize: 32);

        // The Concatenate node has no step (it runs Call on rented buffers), yet nothing remains of it per call.
        Assert.True(result > 0 && result < (rows * 3 * 4) + 256, $"the result alone measured {result:N0} bytes");
        Assert.Equal(result, call);
    }
}
