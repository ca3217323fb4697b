// SgemmJob: the state of one (jc, pc) step of the packed GEMM shared by its workers: the operands, the
// shared packed B panel, and the counter that hands out (row block × sliver group) items. Workers pack
// their own A block into a pooled, 64-byte-aligned buffer and keep it while consecutive items share the
// row block. The micro-kernel a worker runs never depends on which worker it is (see Sgemm).
using System.Buffers;

namespace Dendrite.Kernels;

/// <summary>One GEMM's shared state for the packing and compute phases of a (jc, pc) step.</summary>
internal sealed unsafe class SgemmJob<TKernel>
    where TKernel : ISgemmKernel
{
    private int _j0, _nc, _p0, _kc, _next, _workers;
    private bool _add;

    /// <summary>Operand a (m × k, or k × m when transposed).</summary>
    public float* A { get; init; }

    /// <summary>Operand b (k × n, or n × k when transposed).</summary>
    public float* B { get; init; }

    /// <summary>Result c (m × n).</summary>
    public float* C { get; init; }

    /// <summary>The shared packed B panel (64-byte aligned).</summary>
    public float* BPack { get; init; }

    /// <summary>Whether a is stored transposed.</summary>
    public bool TransA { get; init; }

    /// <summary>Whether b is stored transposed.</summary>
    public bool TransB { get; init; }

    /// <summary>Rows of C.</summary>
    public int M { get; init; }

    /// <summary>Columns of C.</summary>
    public int N { get; init; }

    /// <summary>Depth of the product.</summary>
    public int K { get; init; }

    /// <summary>Rows per row block (a multiple of MR).</summary>
    public int Mc { get; init; }

    /// <summary>Number of row blocks.</summary>
    public int IcBlocks { get; init; }

    /// <summary>Sliver groups per row block (more than one only when row blocks are fewer than workers).</summary>
    public int Groups { get; init; }

    /// <summary>Sets the (jc, pc) step: columns [j0, j0 + nc), depth [p0, p0 + kc), add to C or overwrite.</summary>
    public void Start(int j0, int nc, int p0, int kc, bool add)
    {
        _j0 = j0;
        _nc = nc;
        _p0 = p0;
        _kc = kc;
        _add = add;
        _next = -1;
    }

    /// <summary>Packs this worker's share (worker of workers) of the B panel's slivers.</summary>
    public void PackB(int worker, int workers)
    {
        int slivers = Sgemm.CeilDiv(_nc, TKernel.NR);
        int s0 = (int)((long)slivers * worker / workers), s1 = (int)((long)slivers * (worker + 1) / workers);
        Sgemm.PackB(BPack, B, TransB, N, K, _j0, _nc, _p0, _kc, TKernel.NR, s0, s1);
    }

    /// <summary>Runs items from the shared counter until none are left.</summary>
    public void Compute()
    {
        int mr = TKernel.MR;
        float[] aArray = ArrayPool<float>.Shared.Rent((Mc * _kc) + 16);
        try
        {
            fixed (float* pBuffer = aArray)
            {
                float* aPack = Sgemm.Align64(pBuffer);
                int packed = -1, items = IcBlocks * Groups, slivers = Sgemm.CeilDiv(_nc, TKernel.NR);
                for (int item = Interlocked.Increment(ref _next); item < items; item = Interlocked.Increment(ref _next))
                {
                    int ic = item / Groups, g = item % Groups;
                    int i0 = ic * Mc, mc = Math.Min(Mc, M - i0);
                    if (packed != ic)
                    {
                        Sgemm.PackA(aPack, A, TransA, M, K, i0, mc, _p0, _kc, mr);
                        packed = ic;
                    }

                    int s0 = (int)((long)slivers * g / Groups), s1 = (int)((long)slivers * (g + 1) / Groups);
                    Sgemm.Macro<TKernel>(aPack, BPack, mc, _kc, s0, s1, _nc, C + ((nint)i0 * N) + _j0, N, _add);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(aArray);
        }
    }

    /// <summary>Packs B on all workers, then computes on all workers (two Parallel.For loops).</summary>
    public void RunParallel(int workers)
    {
        _workers = workers;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        Parallel.For(0, workers, options, w => PackB(w, _workers));
        Parallel.For(0, workers, options, _ => Compute());
    }
}
