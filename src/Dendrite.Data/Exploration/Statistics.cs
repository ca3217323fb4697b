// The statistics behind the exploration tables, as pandas computes them:
//   mean        Σx / n
//   std         sample standard deviation, sqrt(Σ(x − mean)² / (n − 1))  (pandas ddof=1; NaN for n < 2)
//   quantile p  numpy's default "linear" method: sort x, h = (n − 1)·p, q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])
//   Pearson r   Σ(x − x̄)(y − ȳ) / sqrt(Σ(x − x̄)² · Σ(y − ȳ)²)  (NaN when either side is constant)
namespace Dendrite.Data.Exploration;

/// <summary>Mean, sample standard deviation, linear-interpolation quantiles and Pearson correlation.</summary>
internal static class Statistics
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += v;
        }

        return x.Length == 0 ? double.NaN : sum / x.Length;
    }

    public static double SampleStd(ReadOnlySpan<double> x)
    {
        if (x.Length < 2)
        {
            return double.NaN;
        }

        double mean = Mean(x), sum = 0;
        foreach (double v in x)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / (x.Length - 1));
    }

    /// <summary>The <paramref name="p"/>-quantile of ascending <paramref name="sorted"/> values.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        return lo + 1 >= sorted.Length ? sorted[lo] : sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
    }

    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double mx = Mean(x), my = Mean(y), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
