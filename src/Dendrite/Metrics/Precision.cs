// Precision, as Keras 3 keras.metrics.Precision (keras/src/metrics/confusion_metrics.py):
//   precision_t = tp_t / (tp_t + fp_t)   (0 when nothing is predicted positive: divide_no_nan)
// accumulated over every batch since the last reset, one value per threshold. A prediction is positive when
// it is > the threshold (default 0.5; with topK and no thresholds, every top-k prediction is positive).
// y_true is read as a bool (≠ 0 is positive). With logits (fromLogits losses) use thresholds: [0].
// Result() is the precision at the first threshold; ResultPerThreshold() gives them all.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The fraction of positive predictions that are right: tp / (tp + fp).</summary>
/// <remarks>
/// <c>precision = tp / (tp + fp)</c>, with <c>p &gt; threshold</c> as a positive prediction and <c>y ≠ 0</c> as a positive label.
/// With <c>topK</c>, only the k largest predictions of each row (last axis) can be positive; with <c>classId</c>,
/// only that column is counted. Sample weights weight each sample (or element); 0 masks it.
/// </remarks>
public sealed class Precision : Metric
{
    private readonly ThresholdCounts _counts;

    /// <summary>Creates a precision metric.</summary>
    /// <param name="thresholds">One or several thresholds in [0, 1]; default null = 0.5 (or every top-k prediction when <paramref name="topK"/> is set).</param>
    /// <param name="topK">Only the k largest predictions per row are positive; default null = all.</param>
    /// <param name="classId">Only this class column is counted; default null = every element.</param>
    /// <param name="name">The log key; default <c>precision</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold outside [0, 1], <paramref name="topK"/> &lt; 1 or <paramref name="classId"/> &lt; 0.</exception>
    public Precision(double[]? thresholds = null, int? topK = null, int? classId = null, string name = "precision")
        : base(name)
    {
        _counts = new ThresholdCounts(ThresholdCounts.ParseThresholds(thresholds, topK, classId, nameof(Precision)));
        TopK = topK;
        ClassId = classId;
    }

    /// <summary>The thresholds, in the order given.</summary>
    public IReadOnlyList<double> Thresholds => _counts.Thresholds;

    /// <summary>The k of top-k, or null.</summary>
    public int? TopK { get; }

    /// <summary>The counted class column, or null.</summary>
    public int? ClassId { get; }

    /// <inheritdoc/>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
        => _counts.Update(yTrue, yPred, sampleWeight, TopK, ClassId, transform: null, nameof(Precision));

    /// <summary>The precision at the first threshold (the only one by default).</summary>
    public override double Result() => ResultPerThreshold()[0];

    /// <summary>The precision at each threshold, in the order given.</summary>
    public double[] ResultPerThreshold()
    {
        var (tp, fp, _, _) = _counts.Counts();
        return [.. tp.Select((t, i) => ThresholdCounts.DivideNoNan(t, t + fp[i]))];
    }

    /// <inheritdoc/>
    public override void ResetState() => _counts.Reset();
}
