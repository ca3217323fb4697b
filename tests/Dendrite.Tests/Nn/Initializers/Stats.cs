namespace Dendrite.Tests.Nn.Initializers;

internal static class Stats
{
    public static (double Mean, double Std) MeanStd(IReadOnlyList<float> values)
    {
        double mean = values.Average(v => (double)v);
        double variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return (mean, Math.Sqrt(variance));
    }
}
