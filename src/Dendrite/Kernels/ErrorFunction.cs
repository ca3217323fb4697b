// Error function erf and its complement erfc = 1 − erf, in double precision, after W. J. Cody,
// "Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969), and his SPECFUN
// routine CALERF (public domain, netlib). Three ranges, relative error below about 1e-16:
//   |x| ≤ 0.46875:      erf(x)  = x · A(x²) / B(x²)
//   0.46875 < |x| ≤ 4:  erfc(|x|) = e^(−x²) · C(|x|) / D(|x|)
//   |x| > 4:            erfc(|x|) = e^(−x²) / |x| · (1/√π − x⁻² · P(x⁻²) / Q(x⁻²))
//   erfc(−x) = 2 − erfc(x);  e^(−x²) is computed as e^(−t²) · e^(−(x−t)(x+t)), t = ⌊16x⌋/16, to keep x² exact.
// The vector form evaluates every range and selects per lane; tests hold it to the scalar form.
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels;

/// <summary>erf and erfc in double precision (W. J. Cody's rational approximations).</summary>
internal static class ErrorFunction
{
    private const double Threshold = 0.46875;
    private const double InverseSqrtPi = 5.6418958354775628695e-1;
    private const double Big = 26.543; // erfc(x) underflows to 0 beyond this

    // erf on |x| ≤ 0.46875: numerator A (A[4] leads), denominator B (monic).
    private static readonly double[] s_a = [3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1];
    private static readonly double[] s_b = [2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03];

    // erfc on 0.46875 < |x| ≤ 4.
    private static readonly double[] s_c = [5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8];
    private static readonly double[] s_d = [1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03];

    // erfc on |x| > 4, in powers of 1/x².
    private static readonly double[] s_p = [3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2];
    private static readonly double[] s_q = [2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];

    /// <summary>erf(x) = 2/√π ∫₀ˣ e^(−t²) dt.</summary>
    public static double Erf(double x)
    {
        double y = Math.Abs(x);
        if (y <= Threshold)
        {
            return x * SmallRatio(x * x);
        }

        double r = ErfcOfAbs(y);
        return x < 0 ? r - 1 : 1 - r;
    }

    /// <summary>erfc(x) = 1 − erf(x), accurate in relative terms for large positive x.</summary>
    public static double Erfc(double x)
    {
        double y = Math.Abs(x);
        if (y <= Threshold)
        {
            return 1 - (x * SmallRatio(x * x));
        }

        double r = ErfcOfAbs(y);
        return x < 0 ? 2 - r : r;
    }

    /// <summary>erfc(x) lane-wise: every range is evaluated and the right one selected.</summary>
    public static Vector128<double> Erfc(Vector128<double> x)
    {
        Vector128<double> one = Vector128<double>.One;
        Vector128<double> y = Vector128.Abs(x);
        Vector128<double> z = x * x;

        Vector128<double> small = one - (x * Ratio(z, s_a, s_b));

        Vector128<double> middle = Ratio(y, s_c, s_d);
        Vector128<double> w = one / z;
        Vector128<double> large = (Vector128.Create(InverseSqrtPi) - (w * Ratio(w, s_p, s_q))) / y;
        Vector128<double> r = Vector128.ConditionalSelect(Vector128.LessThanOrEqual(y, Vector128.Create(4.0)), middle, large);

        Vector128<double> t = Vector128.Truncate(y * 16.0) / 16.0;
        Vector128<double> del = (y - t) * (y + t);
        r = Vector128.Exp(-(t * t)) * Vector128.Exp(-del) * r;
        r = Vector128.ConditionalSelect(Vector128.GreaterThanOrEqual(y, Vector128.Create(Big)), Vector128<double>.Zero, r);
        r = Vector128.ConditionalSelect(Vector128.LessThan(x, Vector128<double>.Zero), Vector128.Create(2.0) - r, r);
        return Vector128.ConditionalSelect(Vector128.LessThanOrEqual(y, Vector128.Create(Threshold)), small, r);
    }

    private static double SmallRatio(double z)
    {
        double num = s_a[4] * z;
        double den = z;
        for (int i = 0; i < 3; i++)
        {
            num = (num + s_a[i]) * z;
            den = (den + s_b[i]) * z;
        }

        return (num + s_a[3]) / (den + s_b[3]);
    }

    /// <summary>erfc(y) for y &gt; 0.46875 (NaN stays NaN).</summary>
    private static double ErfcOfAbs(double y)
    {
        double r;
        if (y <= 4)
        {
            double num = s_c[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++)
            {
                num = (num + s_c[i]) * y;
                den = (den + s_d[i]) * y;
            }

            r = (num + s_c[7]) / (den + s_d[7]);
        }
        else
        {
            if (y >= Big)
            {
                return 0;
            }

            double w = 1 / (y * y);
            double num = s_p[5] * w;
            double den = w;
            for (int i = 0; i < 4; i++)
            {
                num = (num + s_p[i]) * w;
                den = (den + s_q[i]) * w;
            }

            r = (InverseSqrtPi - (w * ((num + s_p[4]) / (den + s_q[4])))) / y;
        }

        double t = Math.Truncate(y * 16) / 16;
        double del = (y - t) * (y + t);
        return Math.Exp(-(t * t)) * Math.Exp(-del) * r;
    }

    /// <summary>N(v)/D(v) with Cody's layout: N's leading coefficient last, D monic, Horner in v.</summary>
    private static Vector128<double> Ratio(Vector128<double> v, double[] n, double[] d)
    {
        int m = d.Length;
        Vector128<double> num = Vector128.Create(n[m]) * v;
        Vector128<double> den = v;
        for (int i = 0; i < m - 1; i++)
        {
            num = (num + Vector128.Create(n[i])) * v;
            den = (den + Vector128.Create(d[i])) * v;
        }

        return (num + Vector128.Create(n[m - 1])) / (den + Vector128.Create(d[m - 1]));
    }
}
