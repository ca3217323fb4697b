// ThresholdCounts: scikit-learn's _binary_clf_curve (sklearn/metrics/_ranking.py), the counts behind both ROC and
// precision-recall curves. Sort the scores in decreasing order (stable, so ties keep their order: ties are grouped
// anyway); at each distinct score s, the last index of its run gives
//   tps = positives among the samples with score ≥ s,   fps = (index + 1) − tps,   threshold = s.
// Thresholds therefore decrease; the last entry counts every sample (tps = P, fps = N).
namespace Dendrite.Plots;

/// <summary>True- and false-positive counts at every distinct score, highest score first.</summary>
internal sealed class ThresholdCounts
{
    private ThresholdCounts(double[] falsePositives, double[] truePositives, double[] thresholds)
    {
        FalsePositives = falsePositives;
        TruePositives = truePositives;
        Thresholds = thresholds;
    }

    public double[] FalsePositives { get; }

    public double[] TruePositives { get; }

    public double[] Thresholds { get; }

    /// <summary>Counts for binary labels (0 or 1) and finite scores; both classes must occur.</summary>
    public static ThresholdCounts Compute(IReadOnlyList<double> scores, IReadOnlyList<int> labels, string owner)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        PlotArguments.RequireNonEmpty(scores, nameof(scores), owner);
        PlotArguments.RequireSameLength(scores.Count, labels.Count, nameof(scores), nameof(labels), owner);
        PlotArguments.RequireFinite(scores, nameof(scores), owner);
        int positives = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new ArgumentException($"{owner} expects binary labels 0 or 1, received {labels[i]} at index {i}.", nameof(labels));
            }

            positives += labels[i];
        }

        if (positives == 0 || positives == labels.Count)
        {
            throw new ArgumentException($"{owner} needs both classes in 'labels', received {positives} positive and {labels.Count - positives} negative samples.", nameof(labels));
        }

        int[] order = [.. Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i])];
        var fps = new List<double>();
        var tps = new List<double>();
        var thresholds = new List<double>();
        int truePositives = 0;
        for (int k = 0; k < order.Length; k++)
        {
            truePositives += labels[order[k]];
            bool lastOfRun = k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]];
            if (lastOfRun)
            {
                tps.Add(truePositives);
                fps.Add(k + 1 - truePositives);
                thresholds.Add(scores[order[k]]);
            }
        }

        return new ThresholdCounts([.. fps], [.. tps], [.. thresholds]);
    }
}
