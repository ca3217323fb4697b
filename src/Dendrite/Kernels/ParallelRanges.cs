// ParallelRanges: runs a kernel over [0, count) split into contiguous ranges on Engine.Threads workers (the caller
// is one of them) through one WorkerPool.Run, for kernels whose items write disjoint outputs (samples of a batch,
// rows of a matrix, lines of a patch matrix). The split only decides which thread computes an item, never how,
// so results are the same for any thread count; reductions across items are done by the caller in a fixed order.
// There are up to 4 ranges per thread, taken dynamically, so a thread slowed by other processes does not hold
// the others back. Work below MinParallelWork (the caller's estimate of element operations) stays on the calling
// thread, as a hand-off between threads costs microseconds. Kernels call it outside the GEMM, so there is no nested parallelism.
using Dendrite.Tensors;

namespace Dendrite.Kernels;

/// <summary>Splits independent items of a kernel across <see cref="Engine.Threads"/>.</summary>
internal static class ParallelRanges
{
    /// <summary>The estimated element operations below which the work stays on the calling thread.</summary>
    public const long MinParallelWork = 1L << 16;

    private const int RangesPerThread = 4;

    /// <summary>Runs <paramref name="body"/>(start, end) over ranges covering [0, <paramref name="count"/>) once each.</summary>
    public static void For(int count, long workPerItem, Action<int, int> body)
    {
        int threads = Math.Min(Engine.Threads, count);
        if (threads <= 1 || workPerItem * count < MinParallelWork)
        {
            if (count > 0)
            {
                body(0, count);
            }

            return;
        }

        int ranges = Math.Min(count, threads * RangesPerThread), next = -1;
        WorkerPool.Run(threads, _ =>
        {
            for (int r = Interlocked.Increment(ref next); r < ranges; r = Interlocked.Increment(ref next))
            {
                (int start, int end) = Bounds(count, r, ranges);
                body(start, end);
            }
        });
    }

    /// <summary>Part <paramref name="part"/> of [0, <paramref name="count"/>) cut into <paramref name="parts"/> contiguous
    /// parts whose sizes differ by at most one: [⌊count · part / parts⌋, ⌊count · (part + 1) / parts⌋).</summary>
    public static (int Start, int End) Bounds(int count, int part, int parts) =>
        ((int)((long)count * part / parts), (int)((long)count * (part + 1) / parts));
}
