// SgemmJob: one parallel GEMM, run by one WorkerPool.Run (no barrier or pool round trip per panel): a single ordered
// list of work items shared by the workers, in one of two ways.
// Row split (RunItems): for every (jc, pc) step t, in order:
//   Workers pack items: each packs a share of the B panel's slivers into panel buffer t mod 2;
//   IcBlocks × Groups compute items: (MC row block × sliver group) — pack that A block, run the micro-kernels.
// Column split (RunColumnItems): for every step t, in order:
//   Workers pack items: each packs a share of the A slivers of all m rows into A panel buffer t mod 2;
//   Groups compute items: a group of B slivers — pack them into the worker's own buffer, run every row block of the panel.
// Items are taken in increasing order from an atomic counter; an item only waits for items with smaller
// indices (all already taken by running workers), so there is no deadlock even if WorkerPool.Run runs
// every worker's loop on one thread:
//   pack(t) waits until compute(t − 2) is done (it reuses that panel buffer; double buffering lets the
//   packing of t overlap the compute of t − 1);
//   compute(t) waits for pack(t), and, when t continues the same columns, for the one compute item of t − 1
//   that wrote the same C tiles (not for the whole step: no barrier between the depth steps).
// The micro-kernel a tile runs never depends on which worker runs it, so results do not depend on the
// thread count (see Sgemm). A job is cached per calling thread and reused, so the single-threaded path
// allocates nothing in steady state.
using System.Buffers;

namespace Dendrite.Kernels;

/// <summary>One float32 GEMM's work items, shared by its workers.</summary>
internal sealed unsafe class SgemmJob<TKernel>
    where TKernel : ISgemmKernel
{
    [ThreadStatic]
    private static SgemmJob<TKernel>? s_cached;

    private readonly Action<int> _body;
    private float* _a, _b, _c, _bPack0, _bPack1;
    private bool _transA, _transB, _accumulate, _columns;
    private int _m, _n, _k, _mc, _nc, _icBlocks, _groups, _workers, _depth, _pcSteps, _steps, _next;
    private int[] _done = [];

    private SgemmJob() => _body = _ =>
    {
        if (_columns)
        {
            RunColumnItems();
        }
        else
        {
            RunItems();
        }
    };

    /// <summary>The calling thread's job, set up for one product (pointers must stay pinned until <see cref="Run"/> returns).</summary>
    public static SgemmJob<TKernel> Create(float* a, float* b, float* c, float* bPack0, float* bPack1, bool transA, bool transB,
        int m, int n, int k, int mc, int nc, int icBlocks, int groups, int workers, bool accumulate, bool columns = false)
    {
        SgemmJob<TKernel> job = s_cached ??= new SgemmJob<TKernel>();
        job._a = a;
        job._b = b;
        job._c = c;
        job._bPack0 = bPack0;
        job._bPack1 = bPack1;
        (job._transA, job._transB, job._accumulate) = (transA, transB, accumulate);
        (job._m, job._n, job._k, job._mc, job._nc, job._icBlocks, job._groups, job._workers) = (m, n, k, mc, nc, icBlocks, groups, workers);
        job._depth = SgemmBlocking.DepthBlock(k);
        job._pcSteps = Sgemm.CeilDiv(k, job._depth);
        job._steps = Sgemm.CeilDiv(n, nc) * job._pcSteps;
        job._columns = columns;
        job._next = -1;
        return job;
    }

    /// <summary>Runs every item on <c>workers</c> threads (the caller included) and returns when all are done.</summary>
    public void Run()
    {
        try
        {
            int counters = (2 * _steps) + (_steps * (_columns ? _groups : _icBlocks * _groups));
            _done = ArrayPool<int>.Shared.Rent(counters);
            _done.AsSpan(0, counters).Clear();
            if (_workers == 1)
            {
                RunItems();
            }
            else
            {
                WorkerPool.Run(_workers, _body);
            }
        }
        finally
        {
            if (_done.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_done);
                _done = [];
            }

            _a = _b = _c = _bPack0 = _bPack1 = null;
        }
    }

    /// <summary>Takes items from the shared counter until none are left.</summary>
    private void RunItems()
    {
        int computeItems = _icBlocks * _groups, perStep = _workers + computeItems, total = _steps * perStep;
        int depth = _depth;
        float[] aArray = ArrayPool<float>.Shared.Rent((_mc * depth) + 16);
        try
        {
            fixed (float* pBuffer = aArray)
            {
                float* aPack = Sgemm.Align64(pBuffer);
                int packedStep = -1, packedIc = -1;
                for (int g = Interlocked.Increment(ref _next); g < total; g = Interlocked.Increment(ref _next))
                {
                    int t = g / perStep, r = g % perStep, pcIndex = t % _pcSteps;
                    int j0 = t / _pcSteps * _nc, nc = Math.Min(_nc, _n - j0);
                    int p0 = pcIndex * depth, kc = Math.Min(depth, _k - p0);
                    int slivers = Sgemm.CeilDiv(nc, TKernel.NR);
                    float* bPack = t % 2 == 0 ? _bPack0 : _bPack1;
                    if (r < _workers)
                    {
                        if (t >= 2)
                        {
                            WaitFor(2 * (t - 2) + 1, computeItems);
                        }

                        int s0 = (int)((long)slivers * r / _workers), s1 = (int)((long)slivers * (r + 1) / _workers);
                        Sgemm.PackB(bPack, _b, _transB, _n, _k, j0, nc, p0, kc, TKernel.NR, s0, s1);
                        Interlocked.Increment(ref _done[2 * t]);
                        continue;
                    }

                    int item = r - _workers, ic = item / _groups, group = item % _groups;
                    WaitFor(2 * t, _workers);
                    if (pcIndex > 0)
                    {
                        WaitFor(ItemFlag(t - 1, item, computeItems), 1);
                    }

                    int i0 = ic * _mc, mc = Math.Min(_mc, _m - i0);
                    if (packedStep != t || packedIc != ic)
                    {
                        Sgemm.PackA(aPack, _a, _transA, _m, _k, i0, mc, p0, kc, TKernel.MR);
                        (packedStep, packedIc) = (t, ic);
                    }

                    int g0 = (int)((long)slivers * group / _groups), g1 = (int)((long)slivers * (group + 1) / _groups);
                    Sgemm.Macro<TKernel>(aPack, bPack, mc, kc, g0, g1, nc, _c + ((nint)i0 * _n) + j0, _n, _accumulate || p0 > 0);
                    Volatile.Write(ref _done[ItemFlag(t, item, computeItems)], 1);
                    Interlocked.Increment(ref _done[(2 * t) + 1]);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(aArray);
        }
    }

    /// <summary>Takes the items of a column-split product from the shared counter until none are left.</summary>
    /// <remarks>
    /// For every (jc, pc) step t, in order: Workers pack items, each packing a share of the A slivers of all m rows into
    /// the shared A panel t mod 2 (one packing of A, where a fixed share of the columns per worker had each worker pack all
    /// of A); then Groups compute items, each a group of the panel's B slivers: pack those slivers into this worker's
    /// own buffer and run them against every row block of the A panel. A worker that runs slower (on this 2-vCPU VM one
    /// vCPU often runs 10–15% slower than the other for seconds at a time) simply takes fewer groups.
    /// pack(t) waits until every compute item of t − 2 is done (it reuses that A panel); compute(t, g) waits for pack(t)
    /// and, when t continues the same columns, for compute(t − 1, g), which wrote the same C tiles.
    /// </remarks>
    private void RunColumnItems()
    {
        int perStep = _workers + _groups, total = _steps * perStep;
        int depth = _depth, aSlivers = Sgemm.CeilDiv(_m, TKernel.MR);
        float[] bArray = ArrayPool<float>.Shared.Rent((GroupSlivers(_nc) * depth * TKernel.NR) + 16);
        try
        {
            fixed (float* pBuffer = bArray)
            {
                float* bGroup = Sgemm.Align64(pBuffer);
                for (int g = Interlocked.Increment(ref _next); g < total; g = Interlocked.Increment(ref _next))
                {
                    int t = g / perStep, r = g % perStep, pcIndex = t % _pcSteps;
                    int j0 = t / _pcSteps * _nc, nc = Math.Min(_nc, _n - j0);
                    int p0 = pcIndex * depth, kc = Math.Min(depth, _k - p0);
                    float* aPanel = t % 2 == 0 ? _bPack0 : _bPack1;
                    if (r < _workers)
                    {
                        if (t >= 2)
                        {
                            WaitFor(2 * (t - 2) + 1, _groups);
                        }

                        int a0 = (int)((long)aSlivers * r / _workers), a1 = (int)((long)aSlivers * (r + 1) / _workers);
                        if (a0 < a1)
                        {
                            int i0 = a0 * TKernel.MR;
                            Sgemm.PackA(aPanel + ((nint)i0 * kc), _a, _transA, _m, _k, i0, Math.Min(_m, a1 * TKernel.MR) - i0, p0, kc, TKernel.MR);
                        }

                        Interlocked.Increment(ref _done[2 * t]);
                        continue;
                    }

                    int group = r - _workers, slivers = Sgemm.CeilDiv(nc, TKernel.NR);
                    int s0 = (int)((long)slivers * group / _groups), s1 = (int)((long)slivers * (group + 1) / _groups);
                    if (s0 < s1)
                    {
                        float* bPack = bGroup - ((nint)s0 * kc * TKernel.NR); // sliver s at bGroup + (s − s0) · kc · NR
                        Sgemm.PackB(bPack, _b, _transB, _n, _k, j0, nc, p0, kc, TKernel.NR, s0, s1);
                        WaitFor(2 * t, _workers);
                        if (pcIndex > 0)
                        {
                            WaitFor(ItemFlag(t - 1, group, _groups), 1);
                        }

                        for (int i0 = 0; i0 < _m; i0 += _mc)
                        {
                            Sgemm.Macro<TKernel>(aPanel + ((nint)i0 * kc), bPack, Math.Min(_mc, _m - i0), kc, s0, s1, nc, _c + ((nint)i0 * _n) + j0, _n, _accumulate || p0 > 0);
                        }
                    }

                    Volatile.Write(ref _done[ItemFlag(t, group, _groups)], 1);
                    Interlocked.Increment(ref _done[(2 * t) + 1]);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(bArray);
        }
    }

    /// <summary>The most B slivers one compute item of a column split packs from a panel of <paramref name="nc"/> columns.</summary>
    private int GroupSlivers(int nc) => Sgemm.CeilDiv(Sgemm.CeilDiv(nc, TKernel.NR), _groups);

    /// <summary>Index of the done flag of compute item <paramref name="item"/> of step <paramref name="t"/> (after the 2 · steps step counters).</summary>
    private int ItemFlag(int t, int item, int computeItems) => (2 * _steps) + (t * computeItems) + item;

    /// <summary>Spins (yielding, never sleeping a whole millisecond) until counter <paramref name="index"/> reaches <paramref name="target"/>.</summary>
    private void WaitFor(int index, int target)
    {
        var spin = default(SpinWait);
        while (Volatile.Read(ref _done[index]) < target)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }
}
