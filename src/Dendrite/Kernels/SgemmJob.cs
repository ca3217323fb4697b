// SgemmJob: one parallel GEMM, run by one WorkerPool.Run (no barrier or pool round trip per panel): a single ordered
// list of work items shared by the workers, in one of two ways.
// Row split (RunItems): for every (jc, pc) step t, in order:
//   Workers pack items: each packs a share of the B panel's slivers into panel buffer t mod 2;
//   IcBlocks × Groups compute items: (MC row block × sliver group) — pack that A block, run the micro-kernels.
// Column split (RunColumnItems): for every step t, in order:
//   Workers pack items: each packs a share of the A slivers of all m rows into A panel buffer t mod 2;
//   Groups compute items: a group of B slivers — pack them into the worker's own buffer, run every row block of the panel;
//   consecutive items take groups far apart (GroupOf), so that two workers rarely write the same lines of C.
// Items are taken in increasing order from an atomic counter; an item only waits for items with smaller
// indices (all already taken by running workers), so there is no deadlock even if WorkerPool.Run runs
// every worker's loop on one thread:
//   pack(t) waits until compute(t − 2) is done (it reuses that panel buffer; double buffering lets the
//   packing of t overlap the compute of t − 1);
//   compute(t) waits for pack(t), and, when t continues the same columns, for the one compute item of t − 1
//   that wrote the same C tiles (not for the whole step: no barrier between the depth steps).
// Where the kernel reads op(A) unpacked (Sgemm.ReadsRows: narrow items, A not transposed), packing A shrinks to its
// last partial sliver of rows, and the compute items run Sgemm.MacroRows on the rows of A in place.
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
    private float* _a, _b, _c, _panel0, _panel1;
    private bool _transA, _transB, _accumulate, _columns, _rows;
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

    /// <summary>The calling thread's job, set up for one product (pointers must stay pinned until <see cref="Run"/> returns);
    /// <paramref name="panel0"/> and <paramref name="panel1"/> are the double-buffered shared panels: of B in a row split, of A in a column split.</summary>
    public static SgemmJob<TKernel> Create(float* a, float* b, float* c, float* panel0, float* panel1, bool transA, bool transB,
        int m, int n, int k, int mc, int nc, int icBlocks, int groups, int workers, bool accumulate, bool columns = false)
    {
        SgemmJob<TKernel> job = s_cached ??= new SgemmJob<TKernel>();
        job._a = a;
        job._b = b;
        job._c = c;
        job._panel0 = panel0;
        job._panel1 = panel1;
        (job._transA, job._transB, job._accumulate) = (transA, transB, accumulate);
        (job._m, job._n, job._k, job._mc, job._nc, job._icBlocks, job._groups, job._workers) = (m, n, k, mc, nc, icBlocks, groups, workers);
        job._depth = SgemmBlocking.DepthBlock(k);
        job._pcSteps = Sgemm.CeilDiv(k, job._depth);
        job._steps = Sgemm.CeilDiv(n, nc) * job._pcSteps;
        job._columns = columns;
        job._rows = Sgemm.ReadsRows<TKernel>(transA, nc, columns ? 1 : groups); // a column split's A panel serves every group
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

            _a = _b = _c = _panel0 = _panel1 = null;
        }
    }

    /// <summary>Takes items from the shared counter until none are left.</summary>
    private void RunItems()
    {
        int computeItems = _icBlocks * _groups, perStep = _workers + computeItems, total = _steps * perStep;
        float[] aArray = ArrayPool<float>.Shared.Rent((_mc * _depth) + 16);
        try
        {
            fixed (float* pBuffer = aArray)
            {
                float* aPack = Sgemm.Align64(pBuffer);
                int packedStep = -1, packedIc = -1;
                for (int g = Interlocked.Increment(ref _next); g < total; g = Interlocked.Increment(ref _next))
                {
                    var step = new Step(this, g / perStep);
                    int r = g % perStep, slivers = Sgemm.CeilDiv(step.Nc, TKernel.NR);
                    if (r < _workers)
                    {
                        AwaitPanelFree(step.T, computeItems);
                        (int s0, int s1) = ParallelRanges.Bounds(slivers, r, _workers);
                        Sgemm.PackB(step.Panel, _b, _transB, _n, _k, step.J0, step.Nc, step.P0, step.Kc, TKernel.NR, s0, s1);
                        PanelPacked(step.T);
                        continue;
                    }

                    int item = r - _workers, ic = item / _groups, group = item % _groups;
                    AwaitInputs(step, item, computeItems);
                    int i0 = ic * _mc, mc = Math.Min(_mc, _m - i0);
                    if (packedStep != step.T || packedIc != ic)
                    {
                        // Unpacked rows: only a last partial sliver (fewer than MR rows) is packed, zero-padded, for Run.
                        int packFrom = _rows ? mc / TKernel.MR * TKernel.MR : 0;
                        if (packFrom < mc)
                        {
                            Sgemm.PackA(aPack, _a, _transA, _m, _k, i0 + packFrom, mc - packFrom, step.P0, step.Kc, TKernel.MR);
                        }

                        (packedStep, packedIc) = (step.T, ic);
                    }

                    (int g0, int g1) = ParallelRanges.Bounds(slivers, group, _groups);
                    float* cBlock = _c + ((nint)i0 * _n) + step.J0;
                    if (_rows)
                    {
                        Sgemm.MacroRows<TKernel>(_a + ((nint)i0 * _k) + step.P0, _k, aPack, step.Panel, mc, step.Kc, g0, g1, step.Nc, cBlock, _n, _accumulate || step.P0 > 0);
                    }
                    else
                    {
                        Sgemm.Macro<TKernel>(aPack, step.Panel, mc, step.Kc, g0, g1, step.Nc, cBlock, _n, _accumulate || step.P0 > 0);
                    }
                    Computed(step.T, item, computeItems);
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
        int aSlivers = Sgemm.CeilDiv(_m, TKernel.MR), groupSlivers = Sgemm.CeilDiv(Sgemm.CeilDiv(_nc, TKernel.NR), _groups);
        int fullSlivers = _m / TKernel.MR;
        float[] bArray = ArrayPool<float>.Shared.Rent((groupSlivers * _depth * TKernel.NR) + 16);
        try
        {
            fixed (float* pBuffer = bArray)
            {
                float* bGroup = Sgemm.Align64(pBuffer);
                for (int g = Interlocked.Increment(ref _next); g < total; g = Interlocked.Increment(ref _next))
                {
                    var step = new Step(this, g / perStep);
                    int r = g % perStep;
                    if (r < _workers)
                    {
                        AwaitPanelFree(step.T, _groups);
                        (int a0, int a1) = ParallelRanges.Bounds(aSlivers, r, _workers);
                        if (_rows)
                        {
                            a0 = Math.Max(a0, fullSlivers); // unpacked rows: only a last partial sliver is packed
                        }

                        if (a0 < a1)
                        {
                            int i0 = a0 * TKernel.MR;
                            Sgemm.PackA(step.Panel + ((nint)i0 * step.Kc), _a, _transA, _m, _k, i0, Math.Min(_m, a1 * TKernel.MR) - i0, step.P0, step.Kc, TKernel.MR);
                        }

                        PanelPacked(step.T);
                        continue;
                    }

                    int group = GroupOf(r - _workers);
                    (int s0, int s1) = ParallelRanges.Bounds(Sgemm.CeilDiv(step.Nc, TKernel.NR), group, _groups);
                    if (s0 < s1)
                    {
                        float* bPack = bGroup - ((nint)s0 * step.Kc * TKernel.NR); // sliver s at bGroup + (s − s0) · kc · NR
                        Sgemm.PackB(bPack, _b, _transB, _n, _k, step.J0, step.Nc, step.P0, step.Kc, TKernel.NR, s0, s1);
                        AwaitInputs(step, group, _groups);
                        float* aEdge = step.Panel + ((nint)fullSlivers * TKernel.MR * step.Kc); // the packed partial sliver, if any
                        for (int i0 = 0; i0 < _m; i0 += _mc)
                        {
                            float* cBlock = _c + ((nint)i0 * _n) + step.J0;
                            if (_rows)
                            {
                                Sgemm.MacroRows<TKernel>(_a + ((nint)i0 * _k) + step.P0, _k, aEdge, bPack, Math.Min(_mc, _m - i0), step.Kc, s0, s1, step.Nc, cBlock, _n, _accumulate || step.P0 > 0);
                            }
                            else
                            {
                                Sgemm.Macro<TKernel>(step.Panel + ((nint)i0 * step.Kc), bPack, Math.Min(_mc, _m - i0), step.Kc, s0, s1, step.Nc, cBlock, _n, _accumulate || step.P0 > 0);
                            }
                        }
                    }

                    Computed(step.T, group, _groups);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(bArray);
        }
    }

    /// <summary>The column group that compute item <paramref name="item"/> of a step runs: the items go round-robin over the
    /// workers' contiguous ranges of groups (2 workers, 8 groups: 0, 4, 1, 5, 2, 6, 3, 7), so that items taken at the same
    /// time write columns of C far apart; adjacent groups share the cache line at their edge in every row of C, unless C
    /// happens to start on a line, which a .NET array's data does not. Identity when the groups do not divide evenly.</summary>
    /// <remarks>
    /// Paired in-process alternation, Zen 3, 2 threads, speed ratio against groups in order (median of 30–40 pairs, wins),
    /// two sessions of runs: n = 512 1.010 (19/30) and 1.036 (27/40); 1024 1.025 (23/30) and 0.997 (17/40); 2048 1.002;
    /// mnist forward 128 × 256 × 784 1.012 (21/30) and 1.046 (37/40); mnist dW 784 × 256 × 128 1.026 (29/30) and 1.036
    /// (36/40); wide forward 256 × 1024 × 1024 1.017 (20/30) and 1.029 (30/40). The same products into a C that starts on a
    /// cache line ran 1.005–1.062 × as fast as into one 16 bytes past it (1.00–1.01 on one thread): false sharing, not split stores.
    /// </remarks>
    private int GroupOf(int item) => _groups % _workers != 0 ? item : (item % _workers * (_groups / _workers)) + (item / _workers);

    /// <summary>Pack item of step <paramref name="t"/>: waits until every compute item of step t − 2, which read the same panel buffer, is done.</summary>
    private void AwaitPanelFree(int t, int computeItems)
    {
        if (t >= 2)
        {
            WaitFor(2 * (t - 2) + 1, computeItems);
        }
    }

    /// <summary>Counts one pack item of step <paramref name="t"/> done.</summary>
    private void PanelPacked(int t) => Interlocked.Increment(ref _done[2 * t]);

    /// <summary>Compute item <paramref name="item"/> of a step: waits for that step's packed panel and, when the step continues
    /// the same columns, for the same item of the previous step, which wrote the same C tiles.</summary>
    private void AwaitInputs(in Step step, int item, int computeItems)
    {
        WaitFor(2 * step.T, _workers);
        if (step.P0 > 0)
        {
            WaitFor(ItemFlag(step.T - 1, item, computeItems), 1);
        }
    }

    /// <summary>Marks compute item <paramref name="item"/> of step <paramref name="t"/> done and counts it.</summary>
    private void Computed(int t, int item, int computeItems)
    {
        Volatile.Write(ref _done[ItemFlag(t, item, computeItems)], 1);
        Interlocked.Increment(ref _done[(2 * t) + 1]);
    }

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

    /// <summary>(jc, pc) step T of a product: its columns [J0, J0 + Nc), depth [P0, P0 + Kc) and its panel buffer (T mod 2).</summary>
    private readonly struct Step
    {
        public readonly int T, J0, Nc, P0, Kc;
        public readonly float* Panel;

        public Step(SgemmJob<TKernel> job, int t)
        {
            T = t;
            J0 = t / job._pcSteps * job._nc;
            Nc = Math.Min(job._nc, job._n - J0);
            P0 = t % job._pcSteps * job._depth;
            Kc = Math.Min(job._depth, job._k - P0);
            Panel = t % 2 == 0 ? job._panel0 : job._panel1;
        }
    }
}
