// PackQuick: `quick-pack` — the packing routines of the float32 GEMM alone, on one thread, for the panels the MLP
// benchmarks' products pack (0.3 s warm-up, then the median of 7 repeats of ~0.05 s; GB/s counts the bytes read plus the bytes written).
using System.Diagnostics;
using Dendrite.Kernels;

namespace Dendrite.Benchmarks;

internal static unsafe class PackQuick
{
    /// <summary>Prints the packing rate of B (untransposed and transposed) and A panels of the given sizes.</summary>
    public static void Run()
    {
        int nr = Sgemm.KernelName == nameof(GemmAvx512Kernel12x32) ? 32 : Sgemm.KernelName == nameof(GemmAvx2Kernel6x16) ? 16 : 8;
        int mr = nr == 32 ? 12 : nr == 16 ? 6 : 4;
        foreach ((string name, int rows, int cols, int kc) in new[] { ("mnist-fwd B 784x256", 784, 256, 196), ("wide-fwd B 1024x1024", 1024, 1024, 256) })
        {
            float[] src = new float[rows * cols];
            float[] dst = new float[(kc * (cols + 32)) + 64];
            for (int i = 0; i < src.Length; i++)
            {
                src[i] = i % 97;
            }

            fixed (float* s = src, d = dst)
            {
                float* ps = s, pd = d;
                int slivers = cols / nr;
                Report($"{name} B kc={kc}", kc * cols, () => Sgemm.PackB(pd, ps, false, cols, rows, 0, cols, 0, kc, nr, 0, slivers));
                Report($"{name} Bt kc={kc}", kc * cols, () => Sgemm.PackB(pd, ps, true, rows, cols, 0, cols, 0, kc, nr, 0, slivers));
                Report($"{name} A kc={kc} (mc=cols)", kc * cols, () => Sgemm.PackA(pd, ps, false, cols, rows, 0, cols, 0, kc, mr));
                Report($"{name} At kc={kc} (mc=cols)", kc * cols, () => Sgemm.PackA(pd, ps, true, cols, rows, 0, cols, 0, kc, mr));
            }
        }
    }

    private static void Report(string name, long floats, Action pack)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < 0.3)
        {
            pack(); // warm-up, past tiered compilation's promotion to optimised code
        }

        sw.Restart();
        int iters = 0;
        while (sw.Elapsed.TotalSeconds < 0.05)
        {
            pack();
            iters++;
        }

        var times = new double[7];
        for (int r = 0; r < times.Length; r++)
        {
            sw.Restart();
            for (int i = 0; i < iters; i++)
            {
                pack();
            }

            times[r] = sw.Elapsed.TotalSeconds / iters;
        }

        Array.Sort(times);
        Console.WriteLine($"{name,-44} {times[3] * 1e6,8:F2} µs  {floats * 8 / times[3] / 1e9,6:F1} GB/s");
    }
}
