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
//   checks  the caller's plan checks the shapes; each unit checks its own rows for NaN and infinity, on its thread (a
//           value that is not finite fails the call, and the general path reports it).
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

        /// <summary>Whether a call of <paramref name="n"/> samples in batches of <paramref name="batchSize"/> runs in parallel: at least two units for at least two threads.</summary>
        public static bool Applies(int n, int batchSize) => Engine.Threads >= 2 && Units(n, batchSize, out _) >= 2;

        /// <summary>Predicts <paramref name="xs"/> (shapes checked by the caller's plan, values by each unit) in parallel, where
        /// <see cref="Applies"/>; false when a unit failed: a part held NaN or infinity, or a plan was stale.</summary>
        public static bool TryRun(Model model, ReadOnlySpan<Tensor> xs, int batchSize, Span<Tensor?> results)
        {
            int units = Units(xs[0].Shape[0], batchSize, out bool split);
            var job = new ParallelPredict(model, xs, batchSize, units, split, results.Length);
            WorkerPool.Run(Math.Min(Engine.Threads, units), job.Work);
            if (job._failed != 0)
            {
                return false;
            }

            job._results.CopyTo(results);
            return true;
        }

        /// <summary>The units of a call: its batches, or (one batch) a row range per thread of at least <see cref="MinRows"/> rows.</summary>
        private static int Units(int n, int batchSize, out bool split)
        {
            int batches = (n + batchSize - 1) / batchSize;
            split = batches == 1;
            return split ? Math.Min(Engine.Threads, n / MinRows) : batches;
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

                if (!InferencePlan.AllFinite(views))
                {
                    Volatile.Write(ref _failed, 1); // the general path reports the value
                    return;
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
