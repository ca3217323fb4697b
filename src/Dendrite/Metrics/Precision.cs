// Precision, as Keras 3 keras.metrics.Precision (keras/src/metrics/confusion_metrics.py):
//   precision_t = tp_t / (tp_t + fp_t)   (0 when nothing is predicted positive: divide_no_nan)
// accumulated over every batch since the last reset, one value per threshold. A prediction is positive when
// it is > the threshold (default 0.5; with topK and no thresholds, every top-k prediction is positive).
// y_true is read as a bool (≠ 0 is positive). With logits (fromLogits losses) use thresholds: [0].
// Result() is the precision at the first threshold; ResultPerThreshold() gives them all.
namespace Dendrite.Metrics;

/// <summary>The fraction of positive predictions that are right: tp / (tp + fp).</summary>
/// <remarks>
/// <c>precision = tp / (tp + fp)</c>, with <c>p &gt; threshold</c> as a positive prediction and <c>y ≠ 0</c> as a positive label.
/// With <c>topK</c>, only the k largest predictions of each row (last axis) can be positive; with <c>classId</c>,
/// only that column is counted. Sample weights weight each sample (or element); 0 masks it.
/// </remarks>
public sealed class Precision : ThresholdRate
{
    /// <summary>Creates a precision metric.</summary>
    /// <param name="thresholds">One or several thresholds in [0, 1]; default null = 0.5 (or every top-k prediction when <paramref name="topK"/> is set).</param>
    /// <param name="topK">Only the k largest predictions per row are positive; default null = all.</param>
    /// <param name="classId">Only this class column is counted; default null = every element.</param>
    /// <param name="name">The log key; default <c>precision</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold outside [0, 1], <paramref name="topK"/> &lt; 1 or <paramref name="classId"/> &lt; 0.</exception>
    public Precision(double[]? thresholds = null, int? topK = null, int? classId = null, string name = "precision")
        : base(thresholds, topK, classId, name)
    {
    }

    private protected override double Rate(double tp, double fp, double tn, double fn) => ThresholdCounts.DivideNoNan(tp, tp + fp);
}
