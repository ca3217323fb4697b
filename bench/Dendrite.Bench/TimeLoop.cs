// The timing method of ../shared/peers (bench_py.py Runner.time_loop, TsBench TimeLoop), unchanged:
//   1. wait (up to --max-wait s) for a quiet machine (< 0.15 cores of foreign load over 1 s);
//   2. warm up: at least warmMin calls and warmSeconds of wall time;
//   3. calibrate: iterations per repeat = ceil(repSeconds / (warm-up time per call));
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

        double perCall = sw.Elapsed.TotalSeconds / warm;
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
