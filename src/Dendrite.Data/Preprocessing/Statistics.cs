// The statistics the imputer and scalers learn, each ignoring NaN (missing) as numpy's nan-functions do:
//   mean        sum / count
//   variance    population variance, ddof = 0 (numpy.var's default, used by StandardScaler): Σ(x − mean)² / n
//   percentile  numpy's default "linear" method: sort the n values, position p/100·(n − 1), interpolate
//               between the two neighbours (numpy.percentile / nanpercentile, method="linear")
//   median      the 50th percentile (the mean of the two middle values for even n)
namespace Dendrite.Data.Preprocessing;

internal static class Statistics
{
    /// <summary>The non-NaN values.</summary>
    public static double[] Present(double[] values) => [.. values.Where(v => !double.IsNaN(v))];

    public static double Mean(double[] present)
    {
        double sum = 0;
        foreach (double v in present)
        {
            sum += v;
        }

        return sum / present.Length;
    }

    public static double Variance(double[] present, double mean)
    {
        double sum = 0;
        foreach (double v in present)
        {
            sum += (v - mean) * (v - mean);
        }

        return sum / present.Length;
    }

    public static double Percentile(double[] present, double percent)
    {
        double[] sorted = [.. present.Order()];
        double position = percent / 100.0 * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        double fraction = position - below;
        return sorted[below] + (sorted[above] - sorted[below]) * fraction;
    }

    public static double Median(double[] present) => Percentile(present, 50);

    /// <summary>numpy's float64 machine epsilon, 2⁻⁵² (numpy.finfo(float64).eps; .NET's double.Epsilon is the smallest subnormal instead).</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>sklearn's _handle_zeros_in_scale: a scale below 10·eps becomes 1, so constant features are left unscaled.</summary>
    public static double NonZeroScale(double scale) => scale < 10 * MachineEpsilon ? 1.0 : scale;

    /// <summary>sklearn's _is_constant_feature: var ≤ n·eps·var + (n·mean·eps)², the error bound of the two-pass variance.</summary>
    public static bool IsConstant(double variance, double mean, int n) =>
        variance <= n * MachineEpsilon * variance + Math.Pow(n * mean * MachineEpsilon, 2);
}
