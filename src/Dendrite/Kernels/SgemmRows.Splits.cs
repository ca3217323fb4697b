// SgemmRows.Splits: how SgemmRows shares one product of large B (k·n ≥ 2¹⁶) between Engine.Threads workers
// (WorkerPool), each job cached per calling thread so that a call allocates nothing once warm:
//   DepthSplit    several depth blocks: worker t takes whole depth blocks of every row, so it streams whole rows of B
//                 (one contiguous range, kept in its core's L2 between calls); worker 0 sums into C, the others into
//                 scratch rows that the caller adds to C in block order — the serial order, so the same bits.
//   ColumnSplit   one depth block: worker t takes whole 64-column groups (the last also the ragged end).
// The kernels and the choice between the two are in SgemmRows.cs.
using System.Numerics.Tensors;

namespace Dendrite.Kernels;

internal static unsafe partial class SgemmRows
{
    /// <summary>One product's depth split across the worker pool; cached per calling thread, so a call allocates nothing once warm.</summary>
    /// <remarks>
    /// Worker t computes the depth blocks [t·B/T, (t+1)·B/T) of every row, so it streams whole rows of B: a contiguous share of
    /// the matrix, which stays in its core's L2 between calls. Worker 0 sums its blocks into C as the serial loop would; every
    /// later block's sum (from zero) goes to its own scratch row, and the caller adds those to C in block order afterwards:
    /// C = ((s0 + s1) + s2) + s3, exactly the serial order.
    /// </remarks>
    private sealed class DepthSplit
    {
        [ThreadStatic]
        private static DepthSplit? s_cached;

        private readonly Action<int> _body;
        private float[] _partials = [];
        private float* _a, _b, _c, _s;
        private int _m, _n, _k, _threads, _blocks, _firstShared;
        private bool _accumulate, _vector512;

        private DepthSplit() => _body = Share;

        /// <summary>c = a · b (+ c) with <paramref name="threads"/> workers, each taking whole depth blocks.</summary>
        public static void Run(int threads, int m, int n, int k, float* a, float* b, float* c, bool accumulate, bool vector512)
        {
            DepthSplit job = s_cached ??= new DepthSplit();
            int blocks = Blocks(k), firstShared = blocks / threads;
            int size = (blocks - firstShared) * m * n;
            if (job._partials.Length < size)
            {
                job._partials = new float[size];
            }

            job._a = a;
            job._b = b;
            job._c = c;
            (job._m, job._n, job._k, job._threads, job._blocks, job._firstShared, job._accumulate, job._vector512) = (m, n, k, threads, blocks, firstShared, accumulate, vector512);
            try
            {
                fixed (float* s = job._partials)
                {
                    job._s = s;
                    WorkerPool.Run(threads, job._body);
                    for (int block = firstShared; block < blocks; block++)
                    {
                        var partial = new ReadOnlySpan<float>(s + ((nint)(block - firstShared) * m * n), m * n);
                        var sum = new Span<float>(c, m * n);
                        TensorPrimitives.Add(sum, partial, sum);
                    }
                }
            }
            finally
            {
                job._a = job._b = job._c = job._s = null;
            }
        }

        private void Share(int t)
        {
            int depth = SgemmBlocking.DepthBlock(_k);
            (int first, int end) = ParallelRanges.Bounds(_blocks, t, _threads);
            for (int block = first; block < end; block++)
            {
                int p0 = block * depth, kc = Math.Min(depth, _k - p0);
                float* b = _b + ((nint)p0 * _n);
                for (int i = 0; i < _m; i++)
                {
                    float* a = _a + ((nint)i * _k) + p0;
                    if (t == 0)
                    {
                        DepthBlock(_n, _n, kc, a, b, _c + ((nint)i * _n), _accumulate || block > 0, _vector512);
                    }
                    else
                    {
                        DepthBlock(_n, _n, kc, a, b, _s + ((((nint)(block - _firstShared) * _m) + i) * _n), add: false, _vector512);
                    }
                }
            }
        }
    }

    /// <summary>One product's column split across the worker pool; cached per calling thread, so a call allocates nothing.</summary>
    private sealed class ColumnSplit
    {
        [ThreadStatic]
        private static ColumnSplit? s_cached;

        private readonly Action<int> _body;
        private float* _a, _b, _c;
        private int _m, _n, _k, _threads;
        private bool _accumulate, _vector512;

        private ColumnSplit() => _body = Share;

        /// <summary>c = a · b (+ c), worker t computing whole 64-column groups [t·G/T, (t+1)·G/T) (the last also the ragged end).</summary>
        public static void Run(int threads, int m, int n, int k, float* a, float* b, float* c, bool accumulate, bool vector512)
        {
            ColumnSplit job = s_cached ??= new ColumnSplit();
            job._a = a;
            job._b = b;
            job._c = c;
            (job._m, job._n, job._k, job._threads, job._accumulate, job._vector512) = (m, n, k, threads, accumulate, vector512);
            try
            {
                WorkerPool.Run(threads, job._body);
            }
            finally
            {
                job._a = job._b = job._c = null;
            }
        }

        private void Share(int t)
        {
            (int g0, int g1) = ParallelRanges.Bounds(_n / Block, t, _threads);
            int j0 = g0 * Block, j1 = t == _threads - 1 ? _n : g1 * Block;
            for (int i = 0; i < _m; i++)
            {
                Row(j1 - j0, _n, _k, _a + ((nint)i * _k), _b + j0, _c + ((nint)i * _n) + j0, _accumulate, _vector512);
            }
        }
    }
}
