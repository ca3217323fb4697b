// The timing method of ../shared/peers (bench_py.py Runner.time_loop, TsBench TimeLoop), with one addition (2b):
//   1. wait (up to --max-wait s) for a quiet machine (< 0.15 cores of foreign load over 1 s);
//   2. warm up: at least warmMin calls and warmSeconds of wall time;
//   2b. (Dendrite only) keep warming up until .NET's tiered JIT has settled: at least JitWarmCalls calls and no method
//       compiled (System.Runtime.JitInfo) for JitQuietSeconds, at most JitWarmMaxSeconds more. Tier-0 code is promoted
//       after 30 calls, so the code that runs once per call (Fit's set-up, per-call checks) is still being recompiled
//       on the background JIT thread long after 1 s: mnist-mlp Fit (≈ 10 calls of warm-up) compiled 1,455 methods in
//       578 ms of JIT time during the warm-up and 404 more (561 ms) during the 7 timed repeats, which then read 119, 53,
//       51, 54, 52, 37 and 36 ms per call on the 2-core Zen 3 — the JIT thread takes one of the two cores. The peers'
//       numbers come from compiled native code; steady state is what both measure. With 2b the same Fit warmed up for
//       48 calls (3.9 s), and the repeats compiled 125 methods (155 ms), 93 of them in the first;
//   3. calibrate: iterations per repeat = ceil(repSeconds / (time per call of the last warm-up calls));
//   4. time --reps repeats; a repeat with > 0.25 cores of foreign load is "dirty": it is set aside,
//      the machine is given min(60, --max-wait) s to calm down, and the repeat is retried, at most
//      3 × reps attempts in all. With fewer than 3 clean repeats, every repeat is reported and
//      dirty is negative.
using System.Diagnostics;

namespace Dendrite.Bench;

/// <summary>The repeats of one timed item: seconds per call of each reported repeat and its foreign load.</summary>
/// <param name="SecondsPerCall">Seconds per call, one per reported repeat.</param>
/// <param name="ForeignLoad">Cores used by other processes during each reported repeat.</param>
/// <param name="Dirty">Discarded (positive) or included (negative) repeats disturbed by other processes.</param>
/// <param name="ItersPerRep">Calls per repeat after calibration.</param>
internal sealed record Timing(List<double> SecondsPerCall, List<double> ForeignLoad, int Dirty, int ItersPerRep);

/// <summary>Warm-up, calibration and timed repeats with the foreign-load check.</summary>
internal static class TimeLoop
{
    /// <summary>Repeats with more foreign load than this many cores are retried.</summary>
    public const double ForeignMax = 0.25;

    /// <summary>Warm-up calls at least, so that code run once per call passes the tier-1 threshold (30 calls).</summary>
    public const int JitWarmCalls = 40;

    /// <summary>Seconds without a JIT compilation that end the warm-up.</summary>
    public const double JitQuietSeconds = 0.5;

    /// <summary>Longest extra warm-up while the JIT is still compiling.</summary>
    public const double JitWarmMaxSeconds = 15;

    /// <summary>Times <paramref name="call"/> with the peers' method.</summary>
    /// <param name="call">The work of one call.</param>
    /// <param name="options">Reps and max-wait.</param>
    /// <param name="repSeconds">Target wall time of one repeat.</param>
    /// <param name="warmMin">Minimum warm-up calls; default 3.</param>
    /// <param name="warmSeconds">Minimum warm-up time; default 0.5 s.</param>
    public static Timing Run(Action call, BenchOptions options, double repSeconds, int warmMin = 3, double warmSeconds = 0.5)
    {
        LoadProbe.WaitQuiet(options.MaxWait);
        var sw = Stopwatch.StartNew();
        int warm = 0;
        while (warm < warmMin || sw.Elapsed.TotalSeconds < warmSeconds)
        {
            call();
            warm++;
        }

        // 2b: until the JIT is quiet; the calls of the final quiet window calibrate the repeats.
        long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        double quietStart = sw.Elapsed.TotalSeconds, extraStart = quietStart;
        int quietCalls = 0;
        while (warm < JitWarmCalls || sw.Elapsed.TotalSeconds - quietStart < JitQuietSeconds)
        {
            if (sw.Elapsed.TotalSeconds - extraStart > JitWarmMaxSeconds)
            {
                break;
            }

            call();
            warm++;
            quietCalls++;
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                (compiled, quietStart, quietCalls) = (now, sw.Elapsed.TotalSeconds, 0);
            }
        }

        double perCall = quietCalls > 0 ? (sw.Elapsed.TotalSeconds - quietStart) / quietCalls : sw.Elapsed.TotalSeconds / warm;
        int iters = Math.Max(1, (int)Math.Ceiling(repSeconds / perCall));
        List<double> clean = [], cleanLoad = [], dirty = [], dirtyLoad = [];
        for (int attempt = 0; clean.Count < options.Reps && attempt < 3 * options.Reps; attempt++)
        {
            var probe = new LoadProbe();
            for (int i = 0; i < iters; i++)
            {
                call();
            }

            double seconds = probe.Seconds / iters;
            double foreign = probe.Foreign();
            if (foreign <= ForeignMax)
            {
                clean.Add(seconds);
                cleanLoad.Add(foreign);
            }
            else
            {
                dirty.Add(seconds);
                dirtyLoad.Add(foreign);
                LoadProbe.WaitQuiet(Math.Min(60, options.MaxWait));
            }
        }

        if (clean.Count < 3)
        {
            clean.AddRange(dirty);
            cleanLoad.AddRange(dirtyLoad);
            return new Timing(clean, cleanLoad, -dirty.Count, iters);
        }

        return new Timing(clean, cleanLoad, dirty.Count, iters);
    }
}
