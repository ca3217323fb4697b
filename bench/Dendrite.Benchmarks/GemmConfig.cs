// GemmConfig: a short BenchmarkDotNet job (3 warm-ups, 7 iterations: minutes, not hours) with a GFLOP/s
// column computed from the benchmark's shape parameters.
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dendrite.Benchmarks;

/// <summary>Short job plus a GFLOP/s column.</summary>
public sealed class GemmConfig : ManualConfig
{
    /// <summary>FLOP per benchmark case, filled in by the setups (informational).</summary>
    public static readonly Dictionary<string, double> Flop = [];

    public GemmConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(7).WithLaunchCount(1).WithId("short7"));
        AddColumn(new GflopsColumn());
    }

    /// <summary>2·m·n·k / mean, from the N or Shape parameter of the case.</summary>
    private sealed class GflopsColumn : IColumn
    {
        public string Id => "GFLOPs";

        public string ColumnName => "GFLOP/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "2·m·n·k / mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null)
            {
                return "-";
            }

            double flop = 0;
            foreach (var p in benchmarkCase.Parameters.Items)
            {
                if (p.Name == "N")
                {
                    double n = Convert.ToDouble(p.Value, System.Globalization.CultureInfo.InvariantCulture);
                    flop = 2 * n * n * n;
                }
                else if (p.Name == "Shape")
                {
                    var s = GemmShape.Mlp((string)p.Value);
                    flop = s.Flop;
                }
            }

            return (flop / report.ResultStatistics.Mean).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
