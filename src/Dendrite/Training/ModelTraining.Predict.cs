// Predict and the single-batch forms (TrainOnBatch / TestOnBatch / PredictOnBatch).
// Prediction runs without recording on the tape and with training = false (dropout off).
// Fast path: a Sequential or functional model of the library's layers runs through this thread's InferencePlan
// (buffers made once per input shape), so a call whose samples fit in one batch allocates only its result. The
// input checks are made there without allocating; whatever they reject, and any model the plan does not cover,
// goes down the general path, which reports the problem.
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training;

public static partial class ModelTraining
{
    [ThreadStatic]
    private static TensorPool? s_predictPool;

    [ThreadStatic]
    private static System.Runtime.CompilerServices.ConditionalWeakTable<Model, TensorPool>? s_stepPools;

    /// <summary>This thread's step buffers for training <paramref name="model"/> (Fit and TrainOnBatch), kept while the model
    /// lives, or null when its steps may not rent (see <see cref="TrainStep.CanPool"/>).</summary>
    /// <remarks>Without it every call allocated its activations and gradients afresh: on a VM where first-touch page faults are
    /// expensive (the Zen 5 bench machine), TrainOnBatch ran at 0.4 × the speed of Fit on the same batches, and repeated
    /// <c>Fit(epochs: 1)</c> calls at ≈ 0.75 × the speed of TrainOnBatch. A call made from inside another call's step on the same
    /// thread (a callback that trains the same model while that step's buffers are out) gets a pool of its own, so the inner
    /// call's ReturnAll cannot take back the outer step's buffers.</remarks>
    private static TensorPool? StepPool(Model model)
    {
        if (!TrainStep.CanPool(model))
        {
            return null;
        }

        TensorPool shared = (s_stepPools ??= []).GetValue(model, _ => new TensorPool());
        return shared.Lent == 0 ? shared : new TensorPool();
    }

    /// <summary>Predict through <paramref name="plan"/>: each output into <paramref name="results"/> (one per model output).</summary>
    /// <returns>False, with nothing usable in <paramref name="results"/>, when the inputs fail a check or the plan turns out stale: take the general path.</returns>
    private static bool TryPredictPlanned(Model model, InferencePlan plan, ReadOnlySpan<Tensor> xs, int batchSize, Span<Tensor?> results)
    {
        if (results.Length != plan.OutputCount || !plan.Accepts(xs))
        {
            return false;
        }

        if (ParallelPredict.Applies(xs[0].Shape[0], batchSize))
        {
            return ParallelPredict.TryRun(model, xs, batchSize, results);
        }

        if (!InferencePlan.AllFinite(xs))
        {
            return false;
        }

        int n = xs[0].Shape[0];
        using var noRecording = new NoRecording();
        TensorPool pool = s_predictPool ??= new TensorPool(); // for the nodes that run Apply (rented results, returned after each batch)
        Tensor[]? views = n > batchSize ? new Tensor[xs.Length] : null;
        for (int start = 0; start < n; start += batchSize)
        {
            int count = Math.Min(batchSize, n - start);
            ReadOnlySpan<Tensor> batch = xs;
            if (views is not null)
            {
                for (int i = 0; i < xs.Length; i++)
                {
                    views[i] = xs[i].Rows(start, count);
                }

                batch = views;
            }

            try
            {
                using (pool.Activate())
                {
                    if (!plan.Run(batch))
                    {
                        return false;
                    }
                }

                for (int o = 0; o < results.Length; o++)
                {
                    Tensor output = plan.Output(o);
                    if (count == n)
                    {
                        // One batch: the result takes the output's shape object as it is (shapes are immutable).
                        results[o] = Tensor.Zeros(output.Shape, output.DType);
                        results[o]!.CopyFrom(output);
                    }
                    else
                    {
                        results[o] ??= Tensor.Zeros(output.Shape.With(0, n), output.DType);
                        results[o]!.Rows(start, count).CopyFrom(output);
                    }
                }
            }
            finally
            {
                plan.Clear();
                pool.ReturnAll();
            }
        }

        return true;
    }

    /// <summary>Prediction and single-batch steps of a model.</summary>
    /// <param name="model">The model.</param>
    extension(Model model)
    {
        /// <summary>The output of a one-output model for <paramref name="x"/>, computed in batches.</summary>
        /// <param name="x">Inputs: a tensor (samples, …), or one per model input.</param>
        /// <param name="batchSize">Samples per batch, ≥ 1; default 32.</param>
        /// <returns>The outputs, shape (samples, …).</returns>
        /// <exception cref="InvalidOperationException">The model has several outputs: use <c>PredictOutputs</c>.</exception>
        /// <exception cref="Nn.ShapeMismatchException">x does not fit the model.</exception>
        /// <exception cref="Nn.NonFiniteValueException">x contains NaN or infinity.</exception>
        public Tensor Predict(TensorData x, int batchSize = 32)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentNullException.ThrowIfNull(x);
            ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
            Tensor? result = null;
            if (!x.IsByName && InferencePlan.For(model) is { OutputCount: 1 } plan && TryPredictPlanned(model, plan, x.Tensors, batchSize, new Span<Tensor?>(ref result)))
            {
                return result!;
            }

            IReadOnlyList<Tensor> outputs = model.PredictOutputs(x, batchSize);
            return outputs.Count == 1
                ? outputs[0]
                : throw new InvalidOperationException($"Model '{model.Name}' has {outputs.Count} outputs ({string.Join(", ", model.OutputNames)}); use PredictOutputs.");
        }

        /// <summary>The output of a one-output, one-input model for the samples of <paramref name="x"/>, computed in batches.</summary>
        /// <param name="x">Inputs (samples, …).</param>
        /// <param name="batchSize">Samples per batch, ≥ 1; default 32.</param>
        /// <returns>The outputs, shape (samples, …).</returns>
        /// <remarks>Once the calling thread has predicted with the model, a call whose samples fit in one batch allocates nothing but the returned tensor.</remarks>
        /// <exception cref="InvalidOperationException">The model has several outputs: use <c>PredictOutputs</c>.</exception>
        /// <exception cref="Nn.ShapeMismatchException">x does not fit the model.</exception>
        /// <exception cref="Nn.NonFiniteValueException">x contains NaN or infinity.</exception>
        public Tensor Predict(Tensor x, int batchSize = 32)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentNullException.ThrowIfNull(x);
            ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
            Tensor? result = null;
            return InferencePlan.For(model) is { OutputCount: 1 } plan && TryPredictPlanned(model, plan, new ReadOnlySpan<Tensor>(in x), batchSize, new Span<Tensor?>(ref result))
                ? result!
                : model.Predict((TensorData)x, batchSize);
        }

        /// <summary>Every output of the model for <paramref name="x"/>, in <see cref="Model.OutputNames"/> order, computed in batches.</summary>
        /// <param name="x">Inputs: a tensor (samples, …), or one per model input.</param>
        /// <param name="batchSize">Samples per batch, ≥ 1; default 32.</param>
        /// <returns>One tensor per output, each (samples, …).</returns>
        /// <exception cref="Nn.ShapeMismatchException">x does not fit the model.</exception>
        /// <exception cref="Nn.NonFiniteValueException">x contains NaN or infinity.</exception>
        public IReadOnlyList<Tensor> PredictOutputs(TensorData x, int batchSize = 32)
        {
            ArgumentNullException.ThrowIfNull(model);
            ArgumentNullException.ThrowIfNull(x);
            ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
            if (!x.IsByName && InferencePlan.For(model) is { } plan)
            {
                var planned = new Tensor?[plan.OutputCount];
                if (TryPredictPlanned(model, plan, x.Tensors, batchSize, planned))
                {
                    return planned!;
                }
            }

            IReadOnlyList<Tensor> xs = PrepareInputs(model, x, "Predict");
            int n = xs[0].Shape[0];
            using var noRecording = new NoRecording();
            // Intermediate results are rented from this thread's pool and returned after each batch is copied out, so
            // concurrent Predict calls (one pool per thread) share no buffers and only the results are allocated.
            TensorPool? pool = TrainStep.CanPoolInference(model) ? s_predictPool ??= new TensorPool() : null;
            Tensor[]? results = null;
            for (int start = 0; start < n; start += batchSize)
            {
                int count = Math.Min(batchSize, n - start);
                IReadOnlyList<Tensor> batch;
                using (TensorPool.Scope? renting = pool?.Activate())
                {
                    batch = model.Call(Batches.Rows(xs, start, count), training: false);
                }

                if (results is null)
                {
                    results = new Tensor[batch.Count];
                    for (int o = 0; o < results.Length; o++)
                    {
                        results[o] = Tensor.Zeros(batch[o].Shape.With(0, n), batch[o].DType);
                    }
                }

                for (int o = 0; o < batch.Count; o++)
                {
                    results[o].Rows(start, count).CopyFrom(batch[o]);
                }

                pool?.ReturnAll();
            }

            return results!;
        }

        /// <summary>One gradient step on one batch.</summary>
        /// <param name="x">The batch's inputs.</param>
        /// <param name="y">The batch's targets.</param>
        /// <param name="sampleWeight">One weight per sample; default null.</param>
        /// <returns>The batch's metrics then losses.</returns>
        public Logs TrainOnBatch(TensorData x, TensorData y, Tensor? sampleWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "TrainOnBatch");
            var (xs, ys, _) = PrepareData(model, x, y, "TrainOnBatch");
            var trackers = new LossTrackers(model.CompiledOutputs.Count);
            TrainStep.Reset(model, trackers);
            TrainStep.Train(model, xs, ys, sampleWeight, trackers, StepPool(model));
            return TrainStep.Results(model, trackers);
        }

        /// <summary>Loss and metrics on one batch, without training.</summary>
        /// <param name="x">The batch's inputs.</param>
        /// <param name="y">The batch's targets.</param>
        /// <param name="sampleWeight">One weight per sample; default null.</param>
        /// <returns>The batch's metrics then losses.</returns>
        public Logs TestOnBatch(TensorData x, TensorData y, Tensor? sampleWeight = null)
        {
            ArgumentNullException.ThrowIfNull(model);
            RequireCompiled(model, "TestOnBatch");
            var (xs, ys, _) = PrepareData(model, x, y, "TestOnBatch");
            var trackers = new LossTrackers(model.CompiledOutputs.Count);
            TrainStep.Reset(model, trackers);
            TrainStep.Test(model, xs, ys, sampleWeight, trackers);
            return TrainStep.Results(model, trackers);
        }

        /// <summary>The output of a one-output model for one batch.</summary>
        /// <param name="x">The batch's inputs.</param>
        public Tensor PredictOnBatch(TensorData x) => model.Predict(x, batchSize: int.MaxValue);
    }
}
