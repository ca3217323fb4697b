// ExactAuc: areas from every (score, label, weight), as scikit-learn's sklearn/metrics/_ranking.py.
// Sort by score, descending; walk groups of equal scores, each group moving the curve by its weighted
// positives (Δtp) and negatives (Δfp) at once — a tie is one threshold, so it is never split:
//   ROC AUC = Σ_groups Δfp · (tp_before + tp_after) / 2 / (P · N)          (roc_auc_score: trapezoids; a tied
//             positive/negative pair counts ½, the Mann-Whitney U statistic)
//   AP      = Σ_groups (tp_after / P − tp_before / P) · tp_after / (tp_after + fp_after)
//             (average_precision_score: step function, no interpolation)
// With no positive or no negative weight the area is undefined; we return 0 (Keras' divide_no_nan convention).
namespace Dendrite.Metrics;

/// <summary>Exact ROC AUC and average precision over sorted scores.</summary>
internal static class ExactAuc
{
    /// <summary>scikit-learn's roc_auc_score of the scores seen (0 when a class is missing).</summary>
    public static double RocAuc(List<(double Score, bool Positive, double Weight)> scores)
    {
        double area = 0, tp = 0, fp = 0;
        foreach (var (dtp, dfp) in Groups(scores))
        {
            area += dfp * (tp + tp + dtp) / 2;
            tp += dtp;
            fp += dfp;
        }

        return tp > 0 && fp > 0 ? area / (tp * fp) : 0.0;
    }

    /// <summary>scikit-learn's average_precision_score of the scores seen (0 without positives).</summary>
    public static double AveragePrecision(List<(double Score, bool Positive, double Weight)> scores)
    {
        double totalPositive = scores.Where(s => s.Positive).Sum(s => s.Weight);
        if (!(totalPositive > 0))
        {
            return 0.0;
        }

        double ap = 0, tp = 0, fp = 0;
        foreach (var (dtp, dfp) in Groups(scores))
        {
            tp += dtp;
            fp += dfp;
            ap += dtp / totalPositive * ThresholdCounts.DivideNoNan(tp, tp + fp);
        }

        return ap;
    }

    /// <summary>The weighted positives and negatives of each group of equal scores, highest score first.</summary>
    private static IEnumerable<(double Positives, double Negatives)> Groups(List<(double Score, bool Positive, double Weight)> scores)
    {
        var sorted = scores.OrderByDescending(s => s.Score).ToArray();
        for (int start = 0; start < sorted.Length;)
        {
            double positives = 0, negatives = 0;
            int end = start;
            for (; end < sorted.Length && sorted[end].Score == sorted[start].Score; end++)
            {
                if (sorted[end].Positive)
                {
                    positives += sorted[end].Weight;
                }
                else
                {
                    negatives += sorted[end].Weight;
                }
            }

            yield return (positives, negatives);
            start = end;
        }
    }
}
