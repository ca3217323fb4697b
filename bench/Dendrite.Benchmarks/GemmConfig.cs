// GemmConfig: the short job with a GFLOP/s column computed from the benchmark's N (square) or Shape parameter.
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Dendrite.Benchmarks;

/// <summary>Short job plus a GFLOP/s column (2·m·n·k / mean time).</summary>
public sealed class GemmConfig : ShortRateConfig
{
    /// <summary>The GEMM benchmarks' configuration.</summary>
    public GemmConfig()
        : base("GFLOP/s", "2·m·n·k / mean time", Flop)
    {
    }

    private static double Flop(BenchmarkCase benchmarkCase)
    {
        if (Parameter(benchmarkCase, "N") is { } n)
        {
            double size = Convert.ToDouble(n, CultureInfo.InvariantCulture);
            return 2 * size * size * size;
        }

        return Parameter(benchmarkCase, "Shape") is string shape ? GemmShape.Mlp(shape).Flop : double.NaN;
    }
}
