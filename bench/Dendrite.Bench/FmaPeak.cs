// FmaPeak: the fp32 fused multiply-add throughput of this machine's cores, measured from managed code, as the ceiling for
// "% of FMA peak" next to ../shared/peers/peak/fma_peak.c.
//   GFLOP/s = threads · iterations · accumulators · lanes · 2 / seconds
// Each thread runs independent FMA chains, accumulator_i ← accumulator_i · a + b, as many as keep both FMA pipes busy for
// the FMA latency and still fit the register file with the two constants: 12 ymm accumulators of the 16 AVX2 registers
// (2 pipes × 4–5 cycles latency needs 8–10), 24 zmm of the 32 AVX-512 registers. fma_peak.c runs 24 accumulators on ymm
// too, so on an AVX2 machine the compiler keeps 8 of them in memory and the loop is bound by store-to-load forwarding:
// it read 69–87 GFLOP/s per Zen 3 core, against 32 flops per cycle × 3.1 GHz ≈ 100 that the core can do and the 93–94
// that Dendrite's own AVX2 GEMM kernel sustained on one core (kernel calls alone, 512 × 784 · 784 × 256).
// The threads start together on a barrier; the repeat's time is the slowest thread's. Output: one line per thread count in
// fma_peak's format (which bench/report.py reads), and a JSON record.
using System.Diagnostics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dendrite.Bench;

/// <summary>Measures the fp32 FMA peak with as many threads as the options give.</summary>
internal static class FmaPeak
{
    /// <summary>Iterations of the chains per repeat (≈ 0.2–0.5 s on the machines here).</summary>
    private const long Iterations = 40_000_000;

    /// <summary>Runs the repeats on <see cref="BenchOptions.Threads"/> threads, prints the fma_peak-style line and records the result.</summary>
    public static void Run(BenchOptions options, JsonLines output)
    {
        bool zmm = Avx512F.IsSupported;
        if (!zmm && !Fma.IsSupported)
        {
            Console.WriteLine($"threads={options.Threads} fp32_FMA_ymm_GFLOPs=0.0 (no FMA hardware)");
            return;
        }

        int threads = options.Threads;
        double flopsPerThread = Iterations * (zmm ? 24.0 * 16 : 12.0 * 8) * 2;
        var seconds = new List<double>();
        var foreign = new List<double>();
        LoadProbe.WaitQuiet(options.MaxWait);
        Repeat(threads, zmm); // warm-up: JIT and clocks
        for (int r = 0; r < options.Reps; r++)
        {
            var probe = new LoadProbe();
            seconds.Add(Repeat(threads, zmm));
            foreign.Add(probe.Foreign());
        }

        List<double> values = [.. seconds.Select(s => threads * flopsPerThread / s / 1e9)];

        double best = values.Max(), median = values.Order().ElementAt(values.Count / 2);
        string name = zmm ? "zmm" : "ymm";
        Console.WriteLine($"threads={threads} fp32_FMA_{name}_GFLOPs={best:F1} (Dendrite.Bench, managed, {(zmm ? 24 : 12)} {name} accumulators; best of {values.Count}, median {median:F1})");
        output.Result("peak", $"fp32 FMA {name}", "GFLOP/s", values, new Timing(seconds, foreign, 0, 1));
    }

    /// <summary>One repeat on <paramref name="threads"/> threads started together; returns the slowest thread's seconds.</summary>
    private static double Repeat(int threads, bool zmm)
    {
        var seconds = new double[threads];
        using var start = new Barrier(threads);
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            int id = t;
            workers[t] = new Thread(() =>
            {
                start.SignalAndWait();
                var clock = Stopwatch.StartNew();
                float sink = zmm ? Chains512(Iterations) : Chains256(Iterations);
                seconds[id] = clock.Elapsed.TotalSeconds;
                if (sink == 1.2345f)
                {
                    Console.Error.WriteLine(sink);
                }
            })
            { IsBackground = true };
            workers[t].Start();
        }

        foreach (Thread w in workers)
        {
            w.Join();
        }

        return seconds.Max();
    }

    /// <summary>12 independent ymm FMA chains for <paramref name="iterations"/> steps; returns a value depending on all of them.</summary>
    private static float Chains256(long iterations)
    {
        Vector256<float> a = Vector256.Create(1.0000001f), b = Vector256.Create(-0.0000001f);
        Vector256<float> c0 = Vector256.Create(1f), c1 = Vector256.Create(2f), c2 = Vector256.Create(3f), c3 = Vector256.Create(4f);
        Vector256<float> c4 = Vector256.Create(5f), c5 = Vector256.Create(6f), c6 = Vector256.Create(7f), c7 = Vector256.Create(8f);
        Vector256<float> c8 = Vector256.Create(9f), c9 = Vector256.Create(10f), c10 = Vector256.Create(11f), c11 = Vector256.Create(12f);
        for (long i = 0; i < iterations; i++)
        {
            c0 = Fma.MultiplyAdd(c0, a, b);
            c1 = Fma.MultiplyAdd(c1, a, b);
            c2 = Fma.MultiplyAdd(c2, a, b);
            c3 = Fma.MultiplyAdd(c3, a, b);
            c4 = Fma.MultiplyAdd(c4, a, b);
            c5 = Fma.MultiplyAdd(c5, a, b);
            c6 = Fma.MultiplyAdd(c6, a, b);
            c7 = Fma.MultiplyAdd(c7, a, b);
            c8 = Fma.MultiplyAdd(c8, a, b);
            c9 = Fma.MultiplyAdd(c9, a, b);
            c10 = Fma.MultiplyAdd(c10, a, b);
            c11 = Fma.MultiplyAdd(c11, a, b);
        }

        return Vector256.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }

    /// <summary>24 independent zmm FMA chains for <paramref name="iterations"/> steps; returns a value depending on all of them.</summary>
    private static float Chains512(long iterations)
    {
        Vector512<float> a = Vector512.Create(1.0000001f), b = Vector512.Create(-0.0000001f);
        Vector512<float> c0 = Vector512.Create(1f), c1 = Vector512.Create(2f), c2 = Vector512.Create(3f), c3 = Vector512.Create(4f);
        Vector512<float> c4 = Vector512.Create(5f), c5 = Vector512.Create(6f), c6 = Vector512.Create(7f), c7 = Vector512.Create(8f);
        Vector512<float> c8 = Vector512.Create(9f), c9 = Vector512.Create(10f), c10 = Vector512.Create(11f), c11 = Vector512.Create(12f);
        Vector512<float> d0 = c0, d1 = c1, d2 = c2, d3 = c3, d4 = c4, d5 = c5, d6 = c6, d7 = c7, d8 = c8, d9 = c9, d10 = c10, d11 = c11;
        for (long i = 0; i < iterations; i++)
        {
            c0 = Vector512.FusedMultiplyAdd(c0, a, b);
            c1 = Vector512.FusedMultiplyAdd(c1, a, b);
            c2 = Vector512.FusedMultiplyAdd(c2, a, b);
            c3 = Vector512.FusedMultiplyAdd(c3, a, b);
            c4 = Vector512.FusedMultiplyAdd(c4, a, b);
            c5 = Vector512.FusedMultiplyAdd(c5, a, b);
            c6 = Vector512.FusedMultiplyAdd(c6, a, b);
            c7 = Vector512.FusedMultiplyAdd(c7, a, b);
            c8 = Vector512.FusedMultiplyAdd(c8, a, b);
            c9 = Vector512.FusedMultiplyAdd(c9, a, b);
            c10 = Vector512.FusedMultiplyAdd(c10, a, b);
            c11 = Vector512.FusedMultiplyAdd(c11, a, b);
            d0 = Vector512.FusedMultiplyAdd(d0, a, b);
            d1 = Vector512.FusedMultiplyAdd(d1, a, b);
            d2 = Vector512.FusedMultiplyAdd(d2, a, b);
            d3 = Vector512.FusedMultiplyAdd(d3, a, b);
            d4 = Vector512.FusedMultiplyAdd(d4, a, b);
            d5 = Vector512.FusedMultiplyAdd(d5, a, b);
            d6 = Vector512.FusedMultiplyAdd(d6, a, b);
            d7 = Vector512.FusedMultiplyAdd(d7, a, b);
            d8 = Vector512.FusedMultiplyAdd(d8, a, b);
            d9 = Vector512.FusedMultiplyAdd(d9, a, b);
            d10 = Vector512.FusedMultiplyAdd(d10, a, b);
            d11 = Vector512.FusedMultiplyAdd(d11, a, b);
        }

        return Vector512.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11 + d0 + d1 + d2 + d3 + d4 + d5 + d6 + d7 + d8 + d9 + d10 + d11);
    }
}
