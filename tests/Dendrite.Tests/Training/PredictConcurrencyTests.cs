// Predict reuses buffers (a pool per thread), which must not make it unsafe: one model serves 8 threads ×
// 100,000 rows concurrently with results identical to serial calls; and a call allocates little beyond its
// result (bytes counted, not timed).
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

    [Fact]
    public void Predict_allocates_little_beyond_its_result()
    {
        var model = new Sequential([new Input(new Shape(64)), new Dense(128, Activation.Relu), new Dense(10, Activation.Softmax)], seed: 13);
        Tensor batch = TestData.Normal(14, 512, 64), row = TestData.Normal(15, 1, 64);
        long Bytes(Tensor input)
        {
            model.Predict(input, batchSize: 512); // warm-up: the pool rents its buffers once
            long before = GC.GetAllocatedBytesForCurrentThread();
            model.Predict(input, batchSize: 512);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // The result is 512 × 10 floats = 20,480 bytes; the hidden activations alone would be 512 × 128 × 4 = 262,144.
        // What remains beyond the result (≈ 2 KB, measured) is Tensor, Shape and list objects of the call path.
        long batchBytes = Bytes(batch);
        Assert.True(batchBytes < 20_480 + 8_192, $"Predict on 512 rows allocated {batchBytes:N0} bytes");
        long rowBytes = Bytes(row);
        Assert.True(rowBytes < 4_096, $"Predict on one row allocated {rowBytes:N0} bytes");
    }
}
