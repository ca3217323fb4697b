// AUC.Summation: the thresholded area, as Keras' AUC.result and AUC.interpolate_pr_auc. Thresholds ascend, so
// the curve points run from (1, 1)-ish at −ε down to (0, 0) at 1 + ε:
//   ROC: x = fp / (fp + tn), y = tp / (tp + fn);   PR: x = recall, y = precision = tp / (tp + fp)
//   area = Σ_i (x_i − x_{i+1}) · h_i,  h_i = (y_i + y_{i+1}) / 2 (interpolation), min (minoring) or max (majoring)
// PR with interpolation instead models tp and P = tp + fp as linear between thresholds (Davis & Goadrich 2006):
//   slope = Δtp / ΔP,  intercept = tp_{i+1} − slope · P_{i+1}
//   area_i = slope · (Δtp + intercept · ln(P_i / P_{i+1})) / (tp_{i+1} + fn_{i+1})   (ratio 1 when either P is 0)
// Every division is divide_no_nan (0 when the denominator is 0), as Keras.
namespace Dendrite.Metrics;

/// <summary>The Riemann sums of the thresholded AUC.</summary>
public sealed partial class AUC
{
    private double RiemannSum(double[] tp, double[] fp, double[] tn, double[] fn)
    {
        int n = tp.Length;
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double recall = ThresholdCounts.DivideNoNan(tp[i], tp[i] + fn[i]);
            x[i] = Curve == AucCurve.Roc ? ThresholdCounts.DivideNoNan(fp[i], fp[i] + tn[i]) : recall;
            y[i] = Curve == AucCurve.Roc ? recall : ThresholdCounts.DivideNoNan(tp[i], tp[i] + fp[i]);
        }

        double area = 0;
        for (int i = 0; i < n - 1; i++)
        {
            double height = SummationMethod switch
            {
                AucSummationMethod.Minoring => Math.Min(y[i], y[i + 1]),
                AucSummationMethod.Majoring => Math.Max(y[i], y[i + 1]),
                _ => (y[i] + y[i + 1]) / 2,
            };
            area += (x[i] - x[i + 1]) * height;
        }

        return area;
    }

    private static double InterpolatedPrAuc(double[] tp, double[] fp, double[] fn)
    {
        double area = 0;
        for (int i = 0; i < tp.Length - 1; i++)
        {
            double pA = tp[i] + fp[i], pB = tp[i + 1] + fp[i + 1];
            double dtp = tp[i] - tp[i + 1];
            double slope = ThresholdCounts.DivideNoNan(dtp, Math.Max(pA - pB, 0));
            double intercept = tp[i + 1] - (slope * pB);
            double ratio = pA > 0 && pB > 0 ? ThresholdCounts.DivideNoNan(pA, Math.Max(pB, 0)) : 1.0;
            area += ThresholdCounts.DivideNoNan(slope * (dtp + (intercept * Math.Log(ratio))), Math.Max(tp[i + 1] + fn[i + 1], 0));
        }

        return area;
    }
}
