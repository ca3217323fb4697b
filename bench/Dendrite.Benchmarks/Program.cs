// Dendrite.Benchmarks: BenchmarkDotNet kernels benchmarks. `dotnet run -c Release -- --filter '*'`
// (BenchmarkDotNet options); `-- quick [sizes] [threads] [nomlp]` prints a fast stopwatch table instead
// (median of 7 repeats of ~0.25 s, and the bytes one call allocates after warm-up); `nomlp` skips the MLP shapes, and a
// fourth argument other than `nomlp` keeps only the MLP shapes whose names contain it (`quick 128 2 mnist-fwd`);
// `-- quick-pack` times the packing routines alone (PackQuick); `-- quick-elementwise` prints a table of the element-wise
// operators at every SIMD tier (ElementwiseBenchmarks' cases, median of 7 repeats of ~0.1 s).
using System.Diagnostics;
using BenchmarkDotNet.Running;
using Dendrite.Benchmarks;
using Dendrite.Tensors;

if (args.Length > 0 && args[0] == "quick-pack")
{
    PackQuick.Run();
    return;
}

if (args.Length > 0 && args[0] == "quick-elementwise")
{
    QuickElementwise();
    return;
}

if (args.Length > 0 && args[0] == "quick")
{
    int[] sizes = args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToArray() : [64, 128, 256, 512, 1024, 2048];
    int[] threads = args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [1, 2];
    Console.WriteLine($"kernel {Dendrite.Kernels.Sgemm.KernelName}");
    foreach (int t in threads)
    {
        Engine.Threads = t;
        foreach (int n in sizes)
        {
            var shape = new GemmShape($"{n}", n, n, n);
            double rate = Quick(shape);
            long before = GC.GetTotalAllocatedBytes(precise: true);
            shape.Run();
            long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"n={n,5} threads={t} {rate,8:F1} GFLOP/s  {bytes} B allocated per call");
        }
    }

    string? only = args.Length > 3 && args[3] != "nomlp" ? args[3] : null;
    foreach (int t in args.Length > 3 && args[3] == "nomlp" ? [] : threads)
    {
        Engine.Threads = t;
        foreach (string name in new[] { "tabular-fwd-32x16x30", "mnist-fwd-128x256x784", "mnist-dW-784x256x128-At", "mnist-dX-128x784x256-Bt", "wide-fwd-256x1024x784", "wide-fwd-256x1024x1024", "wide-dW-1024x1024x256-At", "wide-dX-256x1024x1024-Bt", "mnist-infer-1x256x784", "mnist-infer-1x128x256", "mnist-infer-4x256x784", "wide-infer-4x1024x1024", "mnist-infer-1024x256x784", "mnist-infer-1024x128x256", "cnn-fwd-25088x64x288", "cnn-dW-288x64x25088-At", "cnn-dX-25088x288x64-Bt" })
        {
            if (only is not null && !name.Contains(only, StringComparison.Ordinal))
            {
                continue;
            }

            GemmShape shape = GemmShape.Mlp(name);
            double rate = Quick(shape);
            Console.WriteLine($"{name,-26} threads={t} {rate,8:F1} GFLOP/s {shape.Flop / rate / 1e3,9:F2} µs");
        }
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GemmShape).Assembly).Run(args);

// Median of 7 repeats of ~0.25 s after a warm-up.
static double Quick(GemmShape shape)
{
    shape.Run();
    var sw = Stopwatch.StartNew();
    int iters = 0;
    while (sw.Elapsed.TotalSeconds < 0.1)
    {
        shape.Run();
        iters++;
    }

    iters = Math.Max(1, (int)(iters * 2.5));
    var rates = new double[7];
    for (int r = 0; r < rates.Length; r++)
    {
        sw.Restart();
        for (int i = 0; i < iters; i++)
        {
            shape.Run();
        }

        rates[r] = shape.Flop * iters / sw.Elapsed.TotalSeconds / 1e9;
    }

    Array.Sort(rates);
    return rates[3];
}

// Gelem/s of every operator at every tier and length; "sw" marks the tiers this CPU runs in software.
static void QuickElementwise()
{
    Console.WriteLine($"float32, Gelem/s (elements per ns), median of 7 repeats of ~0.1 s; best accelerated tier {Dendrite.Kernels.Simd.Best}");
    foreach (int length in ElementwiseBenchmarks.Lengths)
    {
        float[] x = ElementwiseBenchmarks.Inputs(1, length), y = ElementwiseBenchmarks.Inputs(2, length), destination = new float[length];
        Console.WriteLine($"{length:N0} elements per operand");
        Console.WriteLine($"{"operator",-14}" + string.Concat(ElementwiseBenchmarks.Tiers.Select(t => $"{t + (ElementwiseBenchmarks.InSoftware(t) ? " (sw)" : ""),16}")));
        foreach (string op in ElementwiseBenchmarks.Operators)
        {
            // Warm-up: the JIT replaces the first code of Map<float, TOp> after ~100 ms of calls (one instantiation serves every tier).
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 0.3)
            {
                foreach (string tierName in ElementwiseBenchmarks.Tiers)
                {
                    ElementwiseBenchmarks.Run(op, x, y, destination, ElementwiseBenchmarks.ParseTier(tierName));
                }
            }

            Console.Write($"{op,-14}");
            foreach (string tierName in ElementwiseBenchmarks.Tiers)
            {
                var tier = ElementwiseBenchmarks.ParseTier(tierName);
                Console.Write($"{Rate(() => ElementwiseBenchmarks.Run(op, x, y, destination, tier), length),16:F2}");
            }

            Console.WriteLine();
        }
    }
}

// Elements per ns of `call` over `length` elements: median of 7 repeats of ~0.1 s.
static double Rate(Action call, int length)
{
    var sw = Stopwatch.StartNew();
    int iters = 0;
    while (sw.Elapsed.TotalSeconds < 0.02)
    {
        call();
        iters++;
    }

    iters = Math.Max(1, iters * 5);
    var rates = new double[7];
    for (int r = 0; r < rates.Length; r++)
    {
        sw.Restart();
        for (int i = 0; i < iters; i++)
        {
            call();
        }

        rates[r] = (double)length * iters / sw.Elapsed.TotalNanoseconds;
    }

    Array.Sort(rates);
    return rates[3];
}
