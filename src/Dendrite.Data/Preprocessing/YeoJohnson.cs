// The Yeo-Johnson power transform and its maximum-likelihood λ, as scikit-learn 1.2's
// PowerTransformer._yeo_johnson_transform / _yeo_johnson_optimize (sklearn/preprocessing/_data.py):
//   ψ(x, λ) = ((x + 1)^λ − 1) / λ          x ≥ 0, λ ≠ 0        log1p(x)    x ≥ 0, λ = 0
//           = −((1 − x)^(2−λ) − 1) / (2 − λ)  x < 0, λ ≠ 2     −log1p(−x)  x < 0, λ = 2
//   (λ "= 0" / "= 2" means within numpy's spacing(1) = 2⁻⁵² of it).
//   −log L(λ) = n/2 · log var(ψ(x, λ)) − (λ − 1) · Σ sign(x) · log1p(|x|), var with ddof = 0, +∞ where var < tiny.
// sklearn minimises it with scipy.optimize.brent from the bracket (−2, 2), which may leave the bracket. We minimise it
// with Brent's bounded method (golden section + parabolic steps; scipy.optimize.fminbound, Brent 1973 ch. 5) on
// [−10, 10] to 1e−10 in λ: the log-likelihood is concave in λ, so both find the same optimum whenever it lies inside
// (sklearn's own λ on skewed real data lies well within ±5). NaN (missing) values are left out of the fit.
namespace Dendrite.Data.Preprocessing;

internal static class YeoJohnson
{
    public const double MinLambda = -10, MaxLambda = 10;

    /// <summary>numpy.finfo(float64).tiny, the smallest normal double: a smaller variance makes −log L infinite.</summary>
    private const double SmallestNormal = 2.2250738585072014e-308;

    /// <summary>ψ(x, λ); NaN stays NaN.</summary>
    public static double Transform(double x, double lambda)
    {
        if (x >= 0)
        {
            return Math.Abs(lambda) < Statistics.MachineEpsilon ? LogOnePlus(x) : (Math.Pow(x + 1, lambda) - 1) / lambda;
        }

        return Math.Abs(lambda - 2) > Statistics.MachineEpsilon ? -(Math.Pow(1 - x, 2 - lambda) - 1) / (2 - lambda) : -LogOnePlus(-x);
    }

    /// <summary>The λ that maximises the Yeo-Johnson log-likelihood of the non-missing values; 1 (identity) for a constant column.</summary>
    public static double Optimize(double[] present)
    {
        double logSum = 0;
        foreach (double x in present)
        {
            logSum += Math.Sign(x) * LogOnePlus(Math.Abs(x));
        }

        var transformed = new double[present.Length];
        double NegativeLogLikelihood(double lambda)
        {
            for (int i = 0; i < present.Length; i++)
            {
                transformed[i] = Transform(present[i], lambda);
            }

            double variance = Statistics.Variance(transformed, Statistics.Mean(transformed));
            double value = present.Length / 2.0 * Math.Log(variance) - (lambda - 1) * logSum;
            return variance < SmallestNormal || !double.IsFinite(value) ? double.PositiveInfinity : value;
        }

        return Statistics.IsConstant(Statistics.Variance(present, Statistics.Mean(present)), Statistics.Mean(present), present.Length)
            ? 1.0
            : BoundedBrent(NegativeLogLikelihood, MinLambda, MaxLambda, 1e-10);
    }

    /// <summary>log(1 + x), accurate for small x (numpy.log1p).</summary>
    private static double LogOnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>Brent's bounded minimisation of <paramref name="f"/> on [a, b] (scipy.optimize.fminbound's algorithm).</summary>
    private static double BoundedBrent(Func<double, double> f, double a, double b, double tolerance)
    {
        double golden = 0.5 * (3 - Math.Sqrt(5));
        double x = a + golden * (b - a), w = x, v = x;
        double fx = f(x), fw = fx, fv = fx;
        double d = 0, e = 0;
        for (int iteration = 0; iteration < 500; iteration++)
        {
            double middle = 0.5 * (a + b);
            double tol1 = Math.Sqrt(Statistics.MachineEpsilon) * Math.Abs(x) + tolerance / 3, tol2 = 2 * tol1;
            if (Math.Abs(x - middle) <= tol2 - 0.5 * (b - a))
            {
                break;
            }

            bool goldenStep = true;
            if (Math.Abs(e) > tol1)
            {
                // A parabola through x, w, v.
                double r = (x - w) * (fx - fv), q = (x - v) * (fx - fw), p = (x - v) * q - (x - w) * r;
                q = 2 * (q - r);
                if (q > 0)
                {
                    p = -p;
                }

                q = Math.Abs(q);
                double previous = e;
                e = d;
                if (Math.Abs(p) < Math.Abs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x) && double.IsFinite(p / q))
                {
                    d = p / q;
                    double u0 = x + d;
                    if (u0 - a < tol2 || b - u0 < tol2)
                    {
                        d = middle >= x ? tol1 : -tol1;
                    }

                    goldenStep = false;
                }
            }

            if (goldenStep)
            {
                e = x >= middle ? a - x : b - x;
                d = golden * e;
            }

            double u = Math.Abs(d) >= tol1 ? x + d : x + (d >= 0 ? tol1 : -tol1);
            double fu = f(u);
            if (fu <= fx)
            {
                if (u >= x)
                {
                    a = x;
                }
                else
                {
                    b = x;
                }

                (v, fv, w, fw, x, fx) = (w, fw, x, fx, u, fu);
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }

                if (fu <= fw || w == x)
                {
                    (v, fv, w, fw) = (w, fw, u, fu);
                }
                else if (fu <= fv || v == x || v == w)
                {
                    (v, fv) = (u, fu);
                }
            }
        }

        return x;
    }
}
