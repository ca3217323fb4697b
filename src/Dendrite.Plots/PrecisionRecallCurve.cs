// PrecisionRecallCurve: precision and recall of binary scores at every distinct threshold, as scikit-learn's
// precision_recall_curve (sklearn/metrics/_ranking.py, default drop_intermediate=False):
//   precision = tps / (tps + fps), recall = tps / P at each threshold count (ThresholdCounts), then reversed so the
//   thresholds increase and recall decreases, with a final point precision 1, recall 0 that has no threshold.
//   The first point (lowest threshold) predicts everything positive: precision = the class balance, recall = 1.
//   AveragePrecision = Σₙ (Rₙ − Rₙ₊₁) Pₙ over that order (scikit-learn's average_precision_score: a step sum, not
//   trapezoids, so it is not optimistic).
// Example from the docs: labels [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8] → precision [0.5, 0.667, 0.5, 1, 1],
// recall [1, 1, 0.5, 0.5, 0], thresholds [0.1, 0.35, 0.4, 0.8]; average_precision_score 0.83.
namespace Dendrite.Plots;

/// <summary>The precision-recall curve of binary scores, and its average precision.</summary>
/// <remarks><c>precision = TP / (TP + FP)</c>, <c>recall = TP / P</c> for <c>score ≥ threshold</c>; <c>AP = Σ (Rₙ − Rₙ₊₁) Pₙ</c>.</remarks>
public sealed class PrecisionRecallCurve
{
    private PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds)
    {
        Precision = precision;
        Recall = recall;
        Thresholds = thresholds;
        double sum = 0;
        for (int i = 0; i < recall.Length - 1; i++)
        {
            sum += (recall[i] - recall[i + 1]) * precision[i];
        }

        AveragePrecision = sum;
    }

    /// <summary>The precision at each threshold, then 1 for the final point.</summary>
    public IReadOnlyList<double> Precision { get; }

    /// <summary>The recall at each threshold (decreasing from 1), then 0 for the final point.</summary>
    public IReadOnlyList<double> Recall { get; }

    /// <summary>The distinct scores, increasing; one fewer than the points.</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>The average precision, scikit-learn's <c>average_precision_score</c> (the step area under the curve).</summary>
    public double AveragePrecision { get; }

    /// <summary>Computes the curve from scores and 0/1 labels, as scikit-learn's <c>precision_recall_curve</c>.</summary>
    /// <param name="scores">A score per sample (probability or logit), higher meaning more likely positive.</param>
    /// <param name="labels">The true class per sample, 0 or 1; both must occur.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentException">Empty or mismatched inputs, a non-finite score, a label other than 0 or 1, or a single class.</exception>
    public static PrecisionRecallCurve Compute(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        ThresholdCounts counts = ThresholdCounts.Compute(scores, labels, nameof(PrecisionRecallCurve));
        double[] fps = counts.FalsePositives, tps = counts.TruePositives;
        int n = tps.Length;
        var precision = new double[n + 1];
        var recall = new double[n + 1];
        var thresholds = new double[n];
        for (int i = 0; i < n; i++)
        {
            int from = n - 1 - i;   // reversed: increasing thresholds
            precision[i] = tps[from] / (tps[from] + fps[from]);
            recall[i] = tps[from] / tps[^1];
            thresholds[i] = counts.Thresholds[from];
        }

        precision[n] = 1;
        recall[n] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }
}
