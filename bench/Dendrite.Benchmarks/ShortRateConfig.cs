// ShortRateConfig: the BenchmarkDotNet setup every kernel benchmark here shares: a short job (3 warm-ups, 7 iterations:
// minutes, not hours) and one rate column, the work of a case (its FLOP, its elements) divided by its mean time.
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dendrite.Benchmarks;

/// <summary>A short job plus a column of work per nanosecond of mean time (GFLOP/s for FLOP, Gelem/s for elements).</summary>
public abstract class ShortRateConfig : ManualConfig
{
    /// <summary>Adds the short job and the rate column.</summary>
    /// <param name="columnName">The column's header, e.g. "GFLOP/s".</param>
    /// <param name="legend">What the column means.</param>
    /// <param name="work">The work of one call of a case, from its parameters.</param>
    protected ShortRateConfig(string columnName, string legend, Func<BenchmarkCase, double> work)
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(7).WithLaunchCount(1).WithId("short7"));
        AddColumn(new RateColumn(columnName, legend, work));
    }

    /// <summary>The value of parameter <paramref name="name"/> of <paramref name="benchmarkCase"/>, or null.</summary>
    protected static object? Parameter(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value;

    /// <summary>work / mean time in ns: one decimal, or two significant digits below 1 (Gelu's 0.033 Gelem/s).</summary>
    private sealed class RateColumn(string columnName, string legend, Func<BenchmarkCase, double> work) : IColumn
    {
        public string Id => "Rate" + columnName;

        public string ColumnName => columnName;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics ? Format(work(benchmarkCase) / statistics.Mean) : "-";

        private static string Format(double rate) =>
            rate.ToString(rate < 1 ? "G2" : "F1", System.Globalization.CultureInfo.InvariantCulture);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
