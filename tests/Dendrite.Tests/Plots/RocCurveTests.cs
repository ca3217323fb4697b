// RocCurve and PrecisionRecallCurve against scikit-learn: the examples in the docstrings of roc_curve,
// precision_recall_curve, roc_auc_score (0.75) and average_precision_score (0.83) for labels [0, 0, 1, 1] and scores
// [0.1, 0.4, 0.35, 0.8], and a hand-computed 5-point example with a tie.
using Dendrite.Plots;

namespace Dendrite.Tests.Plots;

public class RocCurveTests
{
    private static readonly int[] s_docLabels = [0, 0, 1, 1];
    private static readonly double[] s_docScores = [0.1, 0.4, 0.35, 0.8];

    [Fact]
    public void Compute_MatchesTheScikitLearnDocExample()
    {
        RocCurve roc = RocCurve.Compute(s_docScores, s_docLabels);
        Assert.Equal([0, 0, 0.5, 0.5, 1], roc.FalsePositiveRate);
        Assert.Equal([0, 0.5, 0.5, 1, 1], roc.TruePositiveRate);
        Assert.Equal([double.PositiveInfinity, 0.8, 0.4, 0.35, 0.1], roc.Thresholds);
        Assert.Equal(0.75, roc.Auc, 12);
    }

    // Sorted by score: 0.9 (1), 0.8 (0), 0.8 (1), 0.3 (0), 0.1 (1); P = 3, N = 2. The tie at 0.8 is one threshold.
    // Counts at 0.9, 0.8, 0.3, 0.1: tps 1, 2, 2, 3; fps 0, 1, 2, 2. No three points are collinear, so none is dropped.
    // AUC by trapezoids = 0.25 + 1/3 = 7/12; Mann–Whitney: 3.5 of 6 (positive, negative) pairs ordered (tie = ½).
    [Fact]
    public void Compute_HandComputedFivePointsWithATie()
    {
        RocCurve roc = RocCurve.Compute([0.9, 0.8, 0.8, 0.3, 0.1], [1, 0, 1, 0, 1]);
        Assert.Equal([0, 0, 0.5, 1, 1], roc.FalsePositiveRate);
        AssertClose([0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 1], roc.TruePositiveRate);
        Assert.Equal([double.PositiveInfinity, 0.9, 0.8, 0.3, 0.1], roc.Thresholds);
        Assert.Equal(7 / 12.0, roc.Auc, 12);
    }

    // Counts at 0.9, 0.8, 0.7, 0.1: fps 0, 0, 0, 1; tps 1, 2, 3, 3. The point at 0.8 lies on the segment from 0.9 to
    // 0.7 (second differences 0), so roc_curve's drop_intermediate removes it; without dropping it stays.
    [Fact]
    public void Compute_DropsCollinearPointsOnlyWhenAsked()
    {
        double[] scores = [0.9, 0.8, 0.7, 0.1];
        int[] labels = [1, 1, 1, 0];
        RocCurve dropped = RocCurve.Compute(scores, labels);
        Assert.Equal([double.PositiveInfinity, 0.9, 0.7, 0.1], dropped.Thresholds);
        AssertClose([0, 1 / 3.0, 1, 1], dropped.TruePositiveRate);
        RocCurve kept = RocCurve.Compute(scores, labels, dropIntermediate: false);
        Assert.Equal([double.PositiveInfinity, 0.9, 0.8, 0.7, 0.1], kept.Thresholds);
        Assert.Equal(1.0, dropped.Auc, 12);
        Assert.Equal(dropped.Auc, kept.Auc, 12);
    }

    [Fact]
    public void PrecisionRecall_MatchesTheScikitLearnDocExample()
    {
        PrecisionRecallCurve pr = PrecisionRecallCurve.Compute(s_docScores, s_docLabels);
        AssertClose([0.5, 2 / 3.0, 0.5, 1, 1], pr.Precision);
        Assert.Equal([1, 1, 0.5, 0.5, 0], pr.Recall);
        Assert.Equal([0.1, 0.35, 0.4, 0.8], pr.Thresholds);
        Assert.Equal(0.83, pr.AveragePrecision, 2); // average_precision_score docs: 0.83 (exactly 5/6)
        Assert.Equal(5 / 6.0, pr.AveragePrecision, 12);
    }

    // Reversed counts (thresholds 0.1, 0.3, 0.8, 0.9): precision 3/5, 2/4, 2/3, 1/1, then 1; recall 1, 2/3, 2/3, 1/3, 0.
    // AP = (1 − 2/3)·3/5 + 0·1/2 + (2/3 − 1/3)·2/3 + (1/3 − 0)·1 = 1/5 + 2/9 + 1/3 = 34/45.
    [Fact]
    public void PrecisionRecall_HandComputedFivePointsWithATie()
    {
        PrecisionRecallCurve pr = PrecisionRecallCurve.Compute([0.9, 0.8, 0.8, 0.3, 0.1], [1, 0, 1, 0, 1]);
        AssertClose([0.6, 0.5, 2 / 3.0, 1, 1], pr.Precision);
        AssertClose([1, 2 / 3.0, 2 / 3.0, 1 / 3.0, 0], pr.Recall);
        Assert.Equal([0.1, 0.3, 0.8, 0.9], pr.Thresholds);
        Assert.Equal(34 / 45.0, pr.AveragePrecision, 12);
    }

    [Fact]
    public void Compute_RejectsBadInputWithClearMessages()
    {
        Assert.Contains("at least one value", Assert.Throws<ArgumentException>(() => RocCurve.Compute([], [])).Message);
        Assert.Contains("same length, received 2 and 3", Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, 0.2], [0, 1, 1])).Message);
        Assert.Contains("binary labels 0 or 1, received 2 at index 1", Assert.Throws<ArgumentException>(() => PrecisionRecallCurve.Compute([0.1, 0.2], [0, 2])).Message);
        Assert.Contains("both classes", Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, 0.2], [1, 1])).Message);
        Assert.Contains("finite values in 'scores', received NaN at index 0", Assert.Throws<ArgumentException>(() => RocCurve.Compute([double.NaN, 0.2], [0, 1])).Message);
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }
}
