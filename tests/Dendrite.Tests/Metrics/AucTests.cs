using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class AucTests
{
    // Keras confusion_metrics_test.AUCTest data: thresholds [−1e-7, 0.5, 1 + 1e-7];
    // unweighted tp [2, 1, 0], fp [2, 0, 0]; with weights [1, 2, 3, 4]: tp [7, 4, 0], fp [3, 0, 0], fn [0, 3, 7], tn [0, 3, 3].
    private static readonly Tensor s_yTrue = new([0f, 0f, 1f, 1f]);
    private static readonly Tensor s_yPred = new([0f, 0.5f, 0.3f, 0.9f]);
    private static readonly Tensor s_weights = new([1f, 2f, 3f, 4f]);

    // scikit-learn's roc_auc_score / average_precision_score example: y [0, 0, 1, 1], scores [0.1, 0.4, 0.35, 0.8].
    private static readonly Tensor s_sklearnTrue = new([0f, 0f, 1f, 1f]);
    private static readonly Tensor s_sklearnScores = new([0.1f, 0.4f, 0.35f, 0.8f]);

    [Fact]
    public void Keras_docstring_values()
    {
        // keras.metrics.AUC docstring: AUC(num_thresholds=3), [0, 0, 1, 1] vs [0, 0.5, 0.3, 0.9] → 0.75;
        // after reset, sample_weight=[1, 0, 0, 1] → 1.0.
        var auc = new AUC(numThresholds: 3);
        auc.UpdateState(s_yTrue, s_yPred);
        Assert.Equal(0.75, auc.Result(), 12);
        auc.ResetState();
        auc.UpdateState(s_yTrue, s_yPred, new Tensor([1f, 0f, 0f, 1f]));
        Assert.Equal(1.0, auc.Result(), 12);
        Assert.Equal([-1e-7, 0.5, 1 + 1e-7], auc.Thresholds);
    }

    [Theory]
    [InlineData(AucCurve.Roc, AucSummationMethod.Interpolation, (1 + (4.0 / 7)) / 2)] // heights [(1 + 4/7)/2, …], widths [1, 0]
    [InlineData(AucCurve.Roc, AucSummationMethod.Majoring, 1.0)]
    [InlineData(AucCurve.Roc, AucSummationMethod.Minoring, 4.0 / 7)]
    [InlineData(AucCurve.PR, AucSummationMethod.Majoring, 1.0)] // heights [1, 1], widths [3/7, 4/7]
    [InlineData(AucCurve.PR, AucSummationMethod.Minoring, 0.7 * 3 / 7)] // heights [0.7, 0]
    public void Keras_weighted_summation_methods(AucCurve curve, AucSummationMethod method, double expected)
    {
        var auc = new AUC(numThresholds: 3, curve: curve, summationMethod: method);
        auc.UpdateState(s_yTrue, s_yPred, s_weights);
        Assert.Equal(expected, auc.Result(), 12);
    }

    [Fact]
    public void Keras_weighted_pr_interpolation()
    {
        // Keras test_weighted_pr_interpolation: P = [10, 4, 0], slope [0.5, 1], intercept [2, 0], ratio [2.5, 1]:
        // area = 0.5·(3 + 2·ln 2.5)/7 + 1·(4 + 0)/7.
        var auc = new AUC(numThresholds: 3, curve: AucCurve.PR);
        auc.UpdateState(s_yTrue, s_yPred, s_weights);
        Assert.Equal((0.5 * (3 + (2 * Math.Log(2.5))) / 7) + (4.0 / 7), auc.Result(), 12);
    }

    [Fact]
    public void Manual_thresholds_replace_num_thresholds_and_gain_end_points()
    {
        var auc = new AUC(numThresholds: 2, thresholds: [0.5]);
        Assert.Equal([-1e-7, 0.5, 1 + 1e-7], auc.Thresholds);
        auc.UpdateState(s_yTrue, s_yPred);
        Assert.Equal(0.75, auc.Result(), 12);
        Assert.Equal(200, new AUC().Thresholds.Count);
    }

    [Fact]
    public void From_logits_applies_the_sigmoid_first()
    {
        // logit(p) for p = [0.1, 0.5, 0.3, 0.9]; sigmoid(0) is exactly 0.5, which is not above the 0.5 threshold.
        float[] p = [0.1f, 0.5f, 0.3f, 0.9f];
        var logits = new Tensor(p.Select(v => (float)Math.Log(v / (1 - v))).ToArray());
        var fromLogits = new AUC(numThresholds: 3, fromLogits: true);
        var fromProbabilities = new AUC(numThresholds: 3);
        fromLogits.UpdateState(s_yTrue, logits);
        fromProbabilities.UpdateState(s_yTrue, new Tensor(p));
        Assert.Equal(0.75, fromProbabilities.Result(), 12);
        Assert.Equal(fromProbabilities.Result(), fromLogits.Result(), 12);
    }

    [Fact]
    public void Exact_matches_scikit_learn_examples_over_two_batches()
    {
        // roc_auc_score → 0.75; average_precision_score → 0.83 (= 0.5·1 + 0.5·2/3).
        var roc = new AUC(exact: true);
        var pr = new AUC(curve: AucCurve.PR, exact: true);
        foreach (AUC m in new[] { roc, pr })
        {
            m.UpdateState(s_sklearnTrue.Rows(0, 2), s_sklearnScores.Rows(0, 2));
            m.UpdateState(s_sklearnTrue.Rows(2, 2), s_sklearnScores.Rows(2, 2));
        }

        Assert.Equal(0.75, roc.Result(), 12);
        Assert.Equal(5.0 / 6, pr.Result(), 12);
        roc.ResetState();
        Assert.Equal(0.0, roc.Result());
    }

    [Fact]
    public void Exact_averages_ties()
    {
        // y [0, 1, 0, 1], scores [0.5, 0.5, 0.2, 0.9]. ROC: the tied pair counts ½ → (½ + 1 + 1 + 1) / 4.
        // AP: groups 0.9 (+1 pos) → P 1, ΔR ½; 0.5 (+1 pos, +1 neg) → P 2/3, ΔR ½; 0.2 → ΔR 0.
        Tensor yTrue = new([0f, 1f, 0f, 1f]), scores = new([0.5f, 0.5f, 0.2f, 0.9f]);
        var roc = new AUC(exact: true);
        var pr = new AUC(curve: AucCurve.PR, exact: true);
        roc.UpdateState(yTrue, scores);
        pr.UpdateState(yTrue, scores);
        Assert.Equal(0.875, roc.Result(), 12);
        Assert.Equal(0.5 + (0.5 * 2 / 3), pr.Result(), 12);
    }

    [Fact]
    public void Exact_weights_each_pair_by_both_weights()
    {
        // Weights [1, 2, 3, 4] on the scikit-learn example: P = 7, N = 3; correctly ordered weight 3·1 + 4·(1 + 2) = 15.
        var roc = new AUC(exact: true);
        roc.UpdateState(s_sklearnTrue, s_sklearnScores, s_weights);
        Assert.Equal(15.0 / 21, roc.Result(), 12);
    }

    [Fact]
    public void Thresholded_equals_exact_when_no_two_scores_share_a_bucket()
    {
        var thresholded = new AUC();
        var exact = new AUC(exact: true);
        thresholded.UpdateState(s_sklearnTrue, s_sklearnScores);
        exact.UpdateState(s_sklearnTrue, s_sklearnScores);
        Assert.Equal(exact.Result(), thresholded.Result(), 12);
        Assert.True(exact.Exact);
        Assert.Empty(exact.Thresholds);
    }

    [Fact]
    public void One_class_only_gives_zero()
    {
        foreach (AUC m in new[] { new AUC(), new AUC(exact: true), new AUC(curve: AucCurve.PR, exact: true) })
        {
            m.UpdateState(new Tensor([0f, 0f]), new Tensor([0.2f, 0.7f]));
            Assert.Equal(0.0, m.Result());
        }
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Contains("numThresholds > 1", Assert.Throws<ArgumentOutOfRangeException>(() => new AUC(numThresholds: 1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AUC(thresholds: [-0.1]));
        Assert.Contains("exact", Assert.Throws<ArgumentException>(() => new AUC(exact: true, thresholds: [0.5])).Message);
        Assert.Throws<ArgumentException>(() => new AUC(exact: true, summationMethod: AucSummationMethod.Majoring));
        Assert.Throws<ShapeMismatchException>(() => new AUC(exact: true).UpdateState(new Tensor([1f]), s_yPred));
        Assert.Throws<ShapeMismatchException>(() => new AUC().UpdateState(new Tensor([1f]), s_yPred));
    }
}
