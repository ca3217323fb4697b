// ParallelPredict: one Predict call's work spread over the worker pool, each thread running whole units through its
// own InferencePlan (data parallelism), instead of every layer's kernels handing off to the pool and waiting.
//   units   a call of several batches: its batches, exactly as the serial loop cuts them (same rows per batch, so the
//           same products in the same order: bit-identical by construction);
//           a call of one batch of ≥ 2 · MinRows rows: Engine.Threads contiguous row ranges of it. Inference is row by
//           row (no layer mixes samples at training = false), and the GEMM's summation order does not depend on how
//           many rows it is given, so the rows come out bit-identical too (InferencePlanTests checks both against
//           Engine.Threads = 1).
//   threads the caller and the pool's workers take units from a shared counter; the kernels a unit runs find the pool
//           busy and run on the unit's thread, so nothing waits inside a layer. A worker's plan, buffers and TensorPool
//           are its own ([ThreadStatic]), as for concurrent Predict calls.
//   results allocated by the first unit to finish (its output fixes the trailing shape), each unit copying its rows in.
// Any unit whose plan cannot run it (stale) fails the whole call, which then takes the general path.
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Training;

public static partial class ModelTraining
{
    /// <summary>A Predict call run as units (batches, or row ranges of one batch) on the worker pool.</summary>
    private sealed class ParallelPredict
    {
        /// <summary>Fewest rows of a part when one batch is split across threads.</summary>
        public const int MinRows = 32;

        private readonly Model _model;
        private readonly Tensor[] _xs;
        private readonly int _n, _batchSize, _units;
        private readonly bool _split;
        private readonly Tensor?[] _results;
        private int _next = -1, _failed;

        private ParallelPredict(Model model, ReadOnlySpan<Tensor> xs, int batchSize, int units, bool split, int outputs)
        {
            (_model, _xs, _n, _batchSize, _units, _split) = (model, xs.ToArray(), xs[0].Shape[0], batchSize, units, split);
            _results = new Tensor?[outputs];
        }

        /// <summary>Predicts <paramref name="xs"/> (already checked by the caller's plan) in parallel when it pays; false when it does not apply or a unit failed.</summary>
        public static bool TryRun(Model model, ReadOnlySpan<Tensor> xs, int batchSize, Span<Tensor?> results)
        {
            int threads = Engine.Threads, n = xs[0].Shape[0];
            int batches = (n + batchSize - 1) / batchSize;
            bool split = batches == 1;
            int units = split ? Math.Min(threads, n / MinRows) : batches;
            if (threads < 2 || units < 2)
            {
                return false;
            }

            var job = new ParallelPredict(model, xs, batchSize, units, split, results.Length);
            WorkerPool.Run(Math.Min(threads, units), job.Work);
            if (job._failed != 0)
            {
                return false;
            }

            job._results.CopyTo(results);
            return true;
        }

        /// <summary>Takes units until none are left (body of every pool index).</summary>
        private void Work(int index)
        {
            InferencePlan? plan = InferencePlan.For(_model);
            if (plan is null || plan.OutputCount != _results.Length)
            {
                Volatile.Write(ref _failed, 1);
                return;
            }

            using var noRecording = new NoRecording();
            TensorPool pool = s_predictPool ??= new TensorPool();
            var views = new Tensor[_xs.Length];
            for (int u = Interlocked.Increment(ref _next); u < _units && Volatile.Read(ref _failed) == 0; u = Interlocked.Increment(ref _next))
            {
                int start, count;
                if (_split)
                {
                    (start, int end) = ParallelRanges.Bounds(_n, u, _units);
                    count = end - start;
                }
                else
                {
                    start = u * _batchSize;
                    count = Math.Min(_batchSize, _n - start);
                }

                for (int i = 0; i < _xs.Length; i++)
                {
                    views[i] = _xs[i].Rows(start, count);
                }

                try
                {
                    using (pool.Activate())
                    {
                        if (!plan.Run(views))
                        {
                            Volatile.Write(ref _failed, 1);
                            return;
                        }
                    }

                    for (int o = 0; o < _results.Length; o++)
                    {
                        Tensor output = plan.Output(o);
                        if (Volatile.Read(ref _results[o]) is not { } result)
                        {
                            lock (_results)
                            {
                                result = _results[o] ??= Tensor.Zeros(output.Shape.With(0, _n), output.DType);
                            }
                        }

                        result.Rows(start, count).CopyFrom(output);
                    }
                }
                finally
                {
                    plan.Clear();
                    pool.ReturnAll();
                }
            }
        }
    }
}
