// ThresholdRate: the shared machinery of Precision and Recall (Keras' confusion metrics): true/false
// positive/negative counts accumulated per threshold over every batch since the last reset, with Keras'
// thresholds / topK / classId options. A subclass supplies only its rate, e.g. tp / (tp + fp).
// A prediction is positive when it is > the threshold (default 0.5; with topK and no thresholds, every top-k
// prediction is positive); y_true is read as a bool (≠ 0 is positive).
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>A rate computed from confusion counts at one or several thresholds (base of <see cref="Precision"/> and <see cref="Recall"/>).</summary>
public abstract class ThresholdRate : Metric
{
    private readonly ThresholdCounts _counts;

    /// <summary>Creates the counts for the given options.</summary>
    /// <param name="thresholds">One or several thresholds in [0, 1]; null = 0.5 (or every top-k prediction when <paramref name="topK"/> is set).</param>
    /// <param name="topK">Only the k largest predictions per row are positive; null = all.</param>
    /// <param name="classId">Only this class column is counted; null = every element.</param>
    /// <param name="name">The log key.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold outside [0, 1], <paramref name="topK"/> &lt; 1 or <paramref name="classId"/> &lt; 0.</exception>
    private protected ThresholdRate(double[]? thresholds, int? topK, int? classId, string name)
        : base(name)
    {
        _counts = new ThresholdCounts(ThresholdCounts.ParseThresholds(thresholds, topK, classId, GetType().Name));
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
        => _counts.Update(yTrue, yPred, sampleWeight, TopK, ClassId, transform: null, GetType().Name);

    /// <summary>The rate at the first threshold (the only one by default).</summary>
    public override double Result() => ResultPerThreshold()[0];

    /// <summary>The rate at each threshold, in the order given.</summary>
    public double[] ResultPerThreshold()
    {
        var (tp, fp, tn, fn) = _counts.Counts();
        return [.. tp.Select((t, i) => Rate(t, fp[i], tn[i], fn[i]))];
    }

    /// <inheritdoc/>
    public override void ResetState() => _counts.Reset();

    /// <summary>The rate from one threshold's (weighted) counts.</summary>
    private protected abstract double Rate(double tp, double fp, double tn, double fn);
}
