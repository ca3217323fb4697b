// WorkerPool: Dendrite's own threads for the parallel kernels (the GEMM, ParallelRanges), the caller plus up to
// Engine.Threads − 1 dedicated background threads, so the pool never runs more threads than Engine.Threads.
// Why not Parallel.For on the .NET thread pool: a training step issues a parallel GEMM every 100–300 µs, and a CPU
// profile of mnist-mlp training (dotnet-trace, 2 cores) showed the calling thread spending about 40% of its time in
// Parallel.For's hand-off (Task.SpinWait, ManualResetEventSlim.Wait) while the pool's workers slept in their
// semaphore and woke too late to take a share. Here, as in OpenMP runtimes (OMP_WAIT_POLICY, GOMP_SPINCOUNT), a
// worker that finishes a job spins for a short while (SpinMicroseconds) watching for the next one before it blocks,
// so back-to-back kernels start on every thread at once. The first PauseMicroseconds of every wait (the worker's for a
// job, the caller's for the workers) spin on the pause instruction alone; only then does the wait fall back to
// SpinWait.SpinOnce, whose sched_yield system calls kept a worker away from a job published meanwhile: batch-1 Predict
// of mnist-mlp on 2 threads (Zen 5) took 6.1–6.4 µs with the pause phase against 6.7–11.8 µs without, in alternating runs.
// Protocol: one job at a time. Run stores the body and the countdown, then publishes the job as one 64-bit word
// (generation << 32 | helpers), so a worker never pairs one job's generation with another's helper count; workers
// watch that word, run body(index) for their own index and count down `remaining`. A participant's job cannot end
// before it has counted down, so the body it reads after seeing the word is that job's. A worker going to sleep
// announces it (sleeping = 1, a full fence) and re-checks the word; the submitter wakes every announced sleeper, and
// whoever clears the flag owns the matching semaphore release, so no wake-up is lost or left over.
// A job submitted while another runs (concurrent Predict calls) or from inside a job (nested kernels) runs all its
// indices on the calling thread: the work and its result are the same, only the speed differs.
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Dendrite.Kernels;

/// <summary>The dedicated worker threads of the parallel kernels.</summary>
internal static class WorkerPool
{
    /// <summary>How long an idle worker watches for the next job before it blocks.</summary>
    public const int SpinMicroseconds = 200;

    /// <summary>How long a wait spins on the pause instruction alone before it also yields the processor.</summary>
    public const int PauseMicroseconds = 50;

    private static readonly object s_grow = new();
    private static readonly long s_spinTicks = Stopwatch.Frequency * SpinMicroseconds / 1_000_000;
    private static readonly long s_pauseTicks = Stopwatch.Frequency * PauseMicroseconds / 1_000_000;
    private static Worker[] s_workers = [];
    private static int s_busy;
    private static long s_job;
    private static int s_remaining;
    private static Action<int>? s_body;
    private static ExceptionDispatchInfo? s_error;

    /// <summary>Whether a job is running now: a job submitted meanwhile (from inside it, or from another thread) runs all its
    /// indices on the calling thread.</summary>
    /// <remarks>A hint for callers that would plan their work for helpers that will not come (the GEMM's double-buffered
    /// panels and per-item waits): they plan for one thread instead. It may change right after it is read; both answers are safe.</remarks>
    public static bool IsBusy => Volatile.Read(ref s_busy) != 0;

    /// <summary>Runs <paramref name="body"/>(i) for every i in [0, <paramref name="count"/>), index 0 on the calling thread, and returns when all are done.</summary>
    /// <remarks>An exception thrown by any index is rethrown here after every index has finished.</remarks>
    public static void Run(int count, Action<int> body)
    {
        if (count <= 1 || Interlocked.CompareExchange(ref s_busy, 1, 0) != 0)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        try
        {
            Worker[] workers = Ensure(count - 1);
            s_body = body;
            s_error = null;
            Volatile.Write(ref s_remaining, count - 1);
            int generation = (int)(Volatile.Read(ref s_job) >> 32) + 1;
            Interlocked.Exchange(ref s_job, ((long)generation << 32) | (uint)(count - 1));
            for (int w = 0; w < count - 1; w++)
            {
                workers[w].Wake();
            }

            try
            {
                body(0);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref s_error, ExceptionDispatchInfo.Capture(e), null);
            }

            var backoff = new Backoff(Stopwatch.GetTimestamp());
            while (Volatile.Read(ref s_remaining) > 0)
            {
                backoff.Spin(Stopwatch.GetTimestamp());
            }

            s_body = null;
            s_error?.Throw();
        }
        finally
        {
            Volatile.Write(ref s_busy, 0);
        }
    }

    /// <summary>At least <paramref name="helpers"/> started workers (the array only grows).</summary>
    private static Worker[] Ensure(int helpers)
    {
        Worker[] workers = Volatile.Read(ref s_workers);
        if (workers.Length >= helpers)
        {
            return workers;
        }

        lock (s_grow)
        {
            workers = s_workers;
            if (workers.Length < helpers)
            {
                var grown = new Worker[helpers];
                workers.CopyTo(grown, 0);
                for (int w = workers.Length; w < helpers; w++)
                {
                    grown[w] = new Worker(w + 1, (int)(Volatile.Read(ref s_job) >> 32)); // before the job is published
                }

                Volatile.Write(ref s_workers, grown);
                workers = grown;
            }

            return workers;
        }
    }

    /// <summary>One dedicated background thread running job index <c>Index</c>.</summary>
    private sealed class Worker
    {
        private readonly SemaphoreSlim _signal = new(0);
        private int _sleeping;

        public Worker(int index, int generation)
        {
            Index = index;
            var thread = new Thread(() => Loop(generation)) { IsBackground = true, Name = $"Dendrite worker {index}" };
            thread.Start();
        }

        /// <summary>The job index this worker runs (1, 2, …; the submitter runs 0).</summary>
        public int Index { get; }

        /// <summary>Releases the worker if it announced that it sleeps.</summary>
        public void Wake()
        {
            if (Interlocked.Exchange(ref _sleeping, 0) == 1)
            {
                _signal.Release();
            }
        }

        private void Loop(int seen)
        {
            while (true)
            {
                long job = AwaitJob(seen);
                seen = (int)(job >> 32);
                if (Index <= (int)(uint)job)
                {
                    try
                    {
                        s_body!(Index);
                    }
                    catch (Exception e)
                    {
                        Interlocked.CompareExchange(ref s_error, ExceptionDispatchInfo.Capture(e), null);
                    }

                    Interlocked.Decrement(ref s_remaining);
                }
            }
        }

        /// <summary>Spins, then sleeps, until a job with a generation other than <paramref name="seen"/> is published; returns its word.</summary>
        private long AwaitJob(int seen)
        {
            long start = Stopwatch.GetTimestamp(), deadline = start + s_spinTicks;
            var backoff = new Backoff(start);
            while (true)
            {
                long job = Volatile.Read(ref s_job);
                if ((int)(job >> 32) != seen)
                {
                    return job;
                }

                long now = Stopwatch.GetTimestamp();
                if (now < deadline)
                {
                    backoff.Spin(now);
                    continue;
                }

                Interlocked.Exchange(ref _sleeping, 1);
                if ((int)(Volatile.Read(ref s_job) >> 32) != seen && Interlocked.Exchange(ref _sleeping, 0) == 1)
                {
                    continue; // a job arrived before anyone saw the announcement: no release is owed
                }

                _signal.Wait(); // woken by Wake (or owed one release by a Wake that cleared the flag first)
                start = Stopwatch.GetTimestamp();
                deadline = start + s_spinTicks;
                backoff = new Backoff(start);
            }
        }
    }

    /// <summary>One wait's spinning: the pause instruction alone until PauseMicroseconds after the wait began, then
    /// SpinWait.SpinOnce, which also yields the processor (never sleeping a whole millisecond).</summary>
    private struct Backoff(long start)
    {
        private readonly long _pauseUntil = start + s_pauseTicks;
        private SpinWait _spin;

        /// <summary>One spin step at time <paramref name="now"/> (Stopwatch ticks).</summary>
        public void Spin(long now)
        {
            if (now < _pauseUntil)
            {
                Thread.SpinWait(1);
            }
            else
            {
                _spin.SpinOnce(sleep1Threshold: -1);
            }
        }
    }
}
