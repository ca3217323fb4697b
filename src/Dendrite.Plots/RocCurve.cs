// RocCurve: the receiver operating characteristic of binary scores, as scikit-learn's roc_curve
// (sklearn/metrics/_ranking.py, version 1.3 and later) with its default drop_intermediate=True:
//   from the threshold counts (ThresholdCounts), drop every point collinear with its neighbours (where neither the
//   second difference of fps nor of tps is non-zero; the first and last points always stay), then prepend (0, 0)
//   with threshold +∞, and divide: fpr = fps / N, tpr = tps / P.
//   AUC = the trapezoidal area under (fpr, tpr), equal to scikit-learn's roc_auc_score and to the Mann–Whitney
//   probability that a random positive outscores a random negative (ties count one half).
// Example from the roc_curve docs: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] → fpr [0, 0, 0.5, 0.5, 1],
// tpr [0, 0.5, 0.5, 1, 1], thresholds [∞, 0.8, 0.4, 0.35, 0.1], AUC 0.75.
namespace Dendrite.Plots;

/// <summary>The ROC curve of binary scores: false- and true-positive rates at every useful threshold, and its area.</summary>
/// <remarks><c>fpr = FP / N</c>, <c>tpr = TP / P</c> for predictions <c>score ≥ threshold</c>; <c>AUC = ∫ tpr d(fpr)</c> (trapezoids).</remarks>
public sealed class RocCurve
{
    private RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double[] thresholds)
    {
        FalsePositiveRate = falsePositiveRate;
        TruePositiveRate = truePositiveRate;
        Thresholds = thresholds;
        double area = 0;
        for (int i = 1; i < falsePositiveRate.Length; i++)
        {
            area += (falsePositiveRate[i] - falsePositiveRate[i - 1]) * (truePositiveRate[i] + truePositiveRate[i - 1]) / 2;
        }

        Auc = area;
    }

    /// <summary>The false-positive rates, increasing from 0 to 1.</summary>
    public IReadOnlyList<double> FalsePositiveRate { get; }

    /// <summary>The true-positive rates (recall), increasing from 0 to 1.</summary>
    public IReadOnlyList<double> TruePositiveRate { get; }

    /// <summary>The decreasing thresholds; the first is +∞ (nothing predicted positive).</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>The area under the curve (scikit-learn's roc_auc_score).</summary>
    public double Auc { get; }

    /// <summary>Computes the curve from scores and 0/1 labels, as scikit-learn's <c>roc_curve</c>.</summary>
    /// <param name="scores">A score per sample (probability or logit), higher meaning more likely positive.</param>
    /// <param name="labels">The true class per sample, 0 or 1; both must occur.</param>
    /// <param name="dropIntermediate">Whether to drop points that lie on a straight segment; default true (scikit-learn's default).</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">Empty or mismatched inputs, a non-finite score, a label other than 0 or 1, or a single class.</exception>
    public static RocCurve Compute(IReadOnlyList<double> scores, IReadOnlyList<int> labels, bool dropIntermediate = true)
    {
        ThresholdCounts counts = ThresholdCounts.Compute(scores, labels, nameof(RocCurve));
        double[] fps = counts.FalsePositives, tps = counts.TruePositives, thresholds = counts.Thresholds;
        var keep = Enumerable.Range(0, fps.Length).ToList();
        if (dropIntermediate && fps.Length > 2)
        {
            keep = [.. keep.Where(i => i == 0 || i == fps.Length - 1
                || fps[i - 1] - 2 * fps[i] + fps[i + 1] != 0 || tps[i - 1] - 2 * tps[i] + tps[i + 1] != 0)];
        }

        double negatives = fps[^1], positives = tps[^1];
        double[] fpr = [0, .. keep.Select(i => fps[i] / negatives)];
        double[] tpr = [0, .. keep.Select(i => tps[i] / positives)];
        double[] cut = [double.PositiveInfinity, .. keep.Select(i => thresholds[i])];
        return new RocCurve(fpr, tpr, cut);
    }
}
