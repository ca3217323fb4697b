// Foreign-load monitor, as in ../shared/peers (bench_py.py Probe, TsBench Probe): the CPU time used by
// *other* processes during an interval = busy time in /proc/stat (user+nice+system+irq+softirq, in
// USER_HZ = 1/100 s) minus this process's own CPU time, divided by the wall time, in cores.
using System.Diagnostics;

namespace Dendrite.Bench;

/// <summary>Measures wall time and the CPU load of other processes since its creation.</summary>
internal sealed class LoadProbe
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    private readonly long _busy0 = ReadBusy();
    private readonly TimeSpan _cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _t0 = Stopwatch.GetTimestamp();

    /// <summary>Wall seconds since the probe was created.</summary>
    public double Seconds => Stopwatch.GetElapsedTime(_t0).TotalSeconds;

    /// <summary>Cores used by other processes, averaged over the interval since creation.</summary>
    public double Foreign()
    {
        double wall = Seconds;
        double busy = (ReadBusy() - _busy0) / TicksPerSecond;
        double own = (Process.GetCurrentProcess().TotalProcessorTime - _cpu0).TotalSeconds;
        return Math.Max(0, busy - own) / wall;
    }

    /// <summary>Waits (up to <paramref name="maxWait"/> s) until other processes use fewer than <paramref name="threshold"/> cores over 1 s.</summary>
    public static void WaitQuiet(double maxWait, double threshold = 0.15)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < maxWait)
        {
            var p = new LoadProbe();
            Thread.Sleep(1000);
            if (p.Foreign() < threshold)
            {
                return;
            }
        }
    }

    private static long ReadBusy()
    {
        string[] f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(f[1]) + long.Parse(f[2]) + long.Parse(f[3]) + long.Parse(f[6]) + long.Parse(f[7]);
    }
}
