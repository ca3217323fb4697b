using Dendrite.Kernels;

namespace Dendrite.Tests.Kernels;

/// <summary>The dedicated worker threads: every index once, the caller's thread for index 0, errors surfaced, reentrancy and concurrent submitters.</summary>
/// <remarks>
/// Runs alone (the Engine.Threads collection disables parallel execution): a kernel of a test running beside these would
/// hold the pool, and a job submitted meanwhile runs inline by design, which Run_UsesOtherThreadsForTheOtherIndices
/// would see as a failure.
/// </remarks>
[Collection(EngineThreadsCollection.Name)]
public class WorkerPoolTests
{
    [Fact]
    public void Run_CallsEveryIndexExactlyOnceAndIndexZeroOnTheCaller()
    {
        for (int job = 0; job < 200; job++)
        {
            int count = 1 + (job % 4);
            int[] calls = new int[count];
            int callerThread = Environment.CurrentManagedThreadId, zeroThread = -1;
            WorkerPool.Run(count, i =>
            {
                Interlocked.Increment(ref calls[i]);
                if (i == 0)
                {
                    zeroThread = Environment.CurrentManagedThreadId;
                }
            });
            Assert.All(calls, c => Assert.Equal(1, c));
            Assert.Equal(callerThread, zeroThread);
        }
    }

    [Fact]
    public void Run_UsesOtherThreadsForTheOtherIndices()
    {
        int caller = Environment.CurrentManagedThreadId;
        int[] threads = new int[3];
        WorkerPool.Run(3, i => threads[i] = Environment.CurrentManagedThreadId);
        Assert.Equal(caller, threads[0]);
        Assert.NotEqual(caller, threads[1]);
        Assert.NotEqual(caller, threads[2]);
        Assert.NotEqual(threads[1], threads[2]);
    }

    [Fact]
    public void Run_RethrowsAWorkersExceptionAfterEveryIndexFinished()
    {
        int finished = 0;
        var error = Assert.Throws<InvalidOperationException>(() => WorkerPool.Run(3, i =>
        {
            if (i == 2)
            {
                throw new InvalidOperationException("index 2 failed");
            }

            Interlocked.Increment(ref finished);
        }));
        Assert.Equal("index 2 failed", error.Message);
        Assert.Equal(2, finished);

        int after = 0;
        WorkerPool.Run(3, _ => Interlocked.Increment(ref after)); // the pool still works afterwards
        Assert.Equal(3, after);
    }

    [Fact]
    public void Run_InsideAJobRunsTheNestedJobOnTheCallingThread()
    {
        var nestedThreads = new int[2][];
        WorkerPool.Run(2, i =>
        {
            int me = Environment.CurrentManagedThreadId;
            nestedThreads[i] = new int[3];
            WorkerPool.Run(3, j => nestedThreads[i][j] = Environment.CurrentManagedThreadId);
            Assert.All(nestedThreads[i], t => Assert.Equal(me, t));
        });
        Assert.All(nestedThreads, n => Assert.Equal(3, n.Length));
    }

    [Fact]
    public void Run_FromManyThreadsAtOnceCompletesEveryJob()
    {
        // Concurrent submitters: one job uses the workers, the others run inline; each must still see every index once.
        long total = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (int job = 0; job < 300; job++)
            {
                int[] calls = new int[2];
                WorkerPool.Run(2, i => Interlocked.Increment(ref calls[i]));
                Assert.Equal([1, 1], calls);
                Interlocked.Increment(ref total);
            }
        });
        Assert.Equal(8 * 300, total);
    }
}
