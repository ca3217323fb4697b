// The three benchmarks, each timed with TimeLoop and written with JsonLines:
//   gemm:  C = A·B (Ops.MatMul, result freshly allocated each call), square float32, GFLOP/s = 2n³ / t.
//   train: "train" times Model.Fit(x, y, epochs: 1, batchSize, shuffle: false, verbose: 0) over the 32
//          mini-batches — 32 steps per call, each exactly what Fit does per batch (forward, loss, backward,
//          Adam update, loss tracking and callbacks); Fit's once-per-call data checks are included, as in
//          scikit-learn's partial_fit over the same 32 batches. "train-onbatch" times one TrainOnBatch call
//          per step (the same step plus the per-call data checks and a fresh result Logs), cycling the batches
//          like the PyTorch loop.
//   infer: the untrained mnist-mlp model; batch 1: Predict on one row and copy the 10 outputs to a float[]
//          (µs per call); batch 1024: Predict(x, batchSize: 1024) (samples/s).
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Bench;

/// <summary>The GEMM, training and inference benchmarks.</summary>
internal sealed class Benchmarks(BenchOptions options, JsonLines output)
{
    /// <summary>GEMM throughput for every size in --sizes.</summary>
    public void Gemm()
    {
        foreach (int n in options.Sizes)
        {
            var rng = new RandomGenerator(0);
            Tensor a = rng.NormalTensor(new Shape(n, n));
            Tensor b = rng.NormalTensor(new Shape(n, n));
            Timing t = TimeLoop.Run(() => Ops.MatMul(a, b), options, options.GemmRepSeconds);
            output.Result("gemm", n.ToString(), "GFLOP/s", [.. t.SecondsPerCall.Select(s => 2.0 * n * n * n / s / 1e9)], t);
        }
    }

    /// <summary>Training throughput (samples/s) of one configuration, through Fit and/or TrainOnBatch.</summary>
    public void Train(string config)
    {
        Workload w = Workload.Get(config);
        var (x, y) = w.Data();
        if (options.TrainApi.Contains("fit"))
        {
            Sequential model = w.BuildCompiled();
            Timing t = TimeLoop.Run(() => model.Fit(x, y, epochs: 1, batchSize: w.Batch, shuffle: false, verbose: 0), options, options.RepSeconds, warmMin: 1, warmSeconds: 1.0);
            Emit("train", w, model, x, y, t, Workload.Batches, "Model.Fit(epochs: 1, shuffle: false) over the 32 batches");
        }

        if (options.TrainApi.Contains("onbatch"))
        {
            Sequential model = w.BuildCompiled();
            Tensor[] xs = [.. Enumerable.Range(0, Workload.Batches).Select(i => x.Rows(i * w.Batch, w.Batch))];
            Tensor[] ys = [.. Enumerable.Range(0, Workload.Batches).Select(i => y.Rows(i * w.Batch, w.Batch))];
            int k = 0;
            void Step()
            {
                model.TrainOnBatch(xs[k], ys[k]);
                k = (k + 1) % Workload.Batches;
            }

            Timing t = TimeLoop.Run(Step, options, options.RepSeconds, warmMin: 10, warmSeconds: 1.0);
            Emit("train-onbatch", w, model, x, y, t, 1, "Model.TrainOnBatch per step, 32 batches cycled");
        }
    }

    /// <summary>mnist-mlp inference: batch-1 latency (µs) and batch-1024 throughput (samples/s).</summary>
    public void Infer()
    {
        Sequential model = Workload.Get("mnist-mlp").BuildModel();
        var rng = new RandomGenerator(1);
        Tensor x1 = rng.NormalTensor(new Shape(1, 784));
        Tensor xb = rng.NormalTensor(new Shape(1024, 784));
        float sink = 0;
        Timing t1 = TimeLoop.Run(() => sink += model.Predict(x1).ToArray()[0], options, 0.5, warmMin: 100);
        output.Result("infer", "mnist-mlp batch=1 latency", "us", [.. t1.SecondsPerCall.Select(s => s * 1e6)], t1);
        Timing tb = TimeLoop.Run(() => sink += model.Predict(xb, batchSize: 1024).AsSpan()[0], options, 0.5, warmMin: 5);
        output.Result("infer", "mnist-mlp batch=1024 throughput", "samples/s", [.. tb.SecondsPerCall.Select(s => 1024 / s)], tb);
        if (sink == 12345.678f)
        {
            Console.Error.WriteLine(sink);
        }
    }

    private void Emit(string bench, Workload w, Sequential model, Tensor x, Tensor y, Timing t, int stepsPerCall, string api)
    {
        double finalLoss = model.Evaluate(x.Rows(0, w.Batch), y.Rows(0, w.Batch), batchSize: w.Batch)["loss"];
        output.Result(bench, w.Name, "samples/s", [.. t.SecondsPerCall.Select(s => stepsPerCall * w.Batch / s)], t, new Dictionary<string, object>
        {
            ["batch"] = w.Batch,
            ["steps_per_call"] = stepsPerCall,
            ["final_loss"] = finalLoss,
            ["api"] = api,
        });
    }
}
