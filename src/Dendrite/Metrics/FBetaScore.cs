// FBetaScore, as Keras 3 keras.metrics.FBetaScore (keras/src/metrics/f_score_metrics.py):
//   per class c, over every batch since the reset:  tp_c = Σ w·ŷ·y,  fp_c = Σ w·ŷ·(1 − y),  fn_c = Σ w·(1 − ŷ)·y,
//   support_c = Σ w·y;   P = tp / (tp + fp),  R = tp / (tp + fn),  F_β = (1 + β²)·P·R / (β²·P + R)
//   ŷ = [p > threshold], or with threshold null ŷ = [p = max of the row ∧ |p| > 1e-9] (the argmax, ties all win)
// average: None → the per-class scores (Result() gives their mean), Micro → F_β of the summed counts,
// Macro → the mean of the per-class scores, Weighted → their mean weighted by support.
// Differences from Keras, both deliberate: 0/0 is 0 (scikit-learn's zero_division=0) where Keras adds ε = 1e-7 to
// each denominator (results differ by < 1e-6), and integer labels (batch,) are accepted for several classes and
// read as one-hot, as scikit-learn's f1_score takes labels. Keras accepts only (batch, classes) targets.
// For a single sigmoid output use a threshold: the argmax of one column always predicts positive, as in Keras.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The F-beta score: the weighted harmonic mean of precision and recall, per class or averaged.</summary>
/// <remarks>
/// <c>F_β = (1 + β²) · precision · recall / (β² · precision + recall)</c>; β &gt; 1 favours recall.
/// Targets are one-hot or multi-label rows of shape (batch, classes), or integer labels of shape (batch,).
/// </remarks>
public class FBetaScore : Metric
{
    private double[] _tp = [], _fp = [], _fn = [], _support = [];

    /// <summary>Creates an F-beta score.</summary>
    /// <param name="average">How per-class scores combine; default <see cref="ScoreAverage.None"/> (Keras' default).</param>
    /// <param name="beta">The weight of recall, &gt; 0; default 1.</param>
    /// <param name="threshold">Predictions above it are positive, in (0, 1]; default null = the argmax of each row.</param>
    /// <param name="name">The log key; default <c>fbeta_score</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beta"/> ≤ 0 or <paramref name="threshold"/> outside (0, 1].</exception>
    public FBetaScore(ScoreAverage average = ScoreAverage.None, double beta = 1.0, double? threshold = null, string name = "fbeta_score")
        : base(name)
    {
        if (!(beta > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, $"{GetType().Name} expects beta > 0, received {beta}.");
        }

        if (threshold is double t && !(t > 0 && t <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), t, $"{GetType().Name} expects a threshold in (0, 1], received {t}.");
        }

        Average = average;
        Beta = beta;
        Threshold = threshold;
    }

    /// <summary>How per-class scores combine.</summary>
    public ScoreAverage Average { get; }

    /// <summary>The weight of recall.</summary>
    public double Beta { get; }

    /// <summary>The decision threshold, or null for the argmax.</summary>
    public double? Threshold { get; }

    /// <summary>Accumulates one batch of (batch, classes) predictions.</summary>
    /// <param name="yTrue">One-hot or multi-label targets (batch, classes), or integer labels (batch,).</param>
    /// <param name="yPred">Scores of shape (batch, classes).</param>
    /// <param name="sampleWeight">One weight per sample or per element; default null = 1.</param>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        string who = GetType().Name;
        int cols = yPred.Rank >= 2 ? yPred.Shape[^1] : 1;
        int rows = cols == 0 ? 0 : yPred.Size / cols;
        bool labels = yTrue.Size == rows && cols > 1;
        if (!labels && yTrue.Size != yPred.Size)
        {
            throw new ShapeMismatchException($"{who} expects targets of shape {yPred.Shape} or {rows} integer labels, received {yTrue.Shape}.");
        }

        if (_tp.Length == 0)
        {
            (_tp, _fp, _fn, _support) = (new double[cols], new double[cols], new double[cols], new double[cols]);
        }
        else if (_tp.Length != cols)
        {
            throw new ShapeMismatchException($"{who} was built for {_tp.Length} classes, received predictions of shape {yPred.Shape}.");
        }

        double[]? weights = SampleWeights.PerElement(sampleWeight, rows, cols, who);
        for (int r = 0; r < rows; r++)
        {
            double rowMax = double.NegativeInfinity;
            for (int c = 0; c < cols; c++)
            {
                rowMax = Math.Max(rowMax, yPred.GetFlat((r * cols) + c));
            }

            int label = labels ? ClassLabel(yTrue.GetFlat(r), cols, r, who) : -1;
            for (int c = 0; c < cols; c++)
            {
                int i = (r * cols) + c;
                double p = yPred.GetFlat(i);
                double predicted = (Threshold is double t ? p > t : p >= rowMax && Math.Abs(p) > 1e-9) ? 1 : 0;
                double actual = labels ? (label == c ? 1 : 0) : yTrue.GetFlat(i);
                double w = weights?[i] ?? 1.0;
                _tp[c] += w * predicted * actual;
                _fp[c] += w * predicted * (1 - actual);
                _fn[c] += w * (1 - predicted) * actual;
                _support[c] += w * actual;
            }
        }
    }

    /// <summary>The averaged score; with <see cref="ScoreAverage.None"/>, the unweighted mean of <see cref="ResultPerClass"/>.</summary>
    public override double Result()
    {
        if (_tp.Length == 0)
        {
            return 0.0;
        }

        double[] perClass = ResultPerClass();
        return Average switch
        {
            ScoreAverage.Micro => Score(_tp.Sum(), _fp.Sum(), _fn.Sum()),
            ScoreAverage.Weighted => ThresholdCounts.DivideNoNan(perClass.Select((f, c) => f * _support[c]).Sum(), _support.Sum()),
            _ => perClass.Average(),
        };
    }

    /// <summary>The score of each class (empty before the first batch).</summary>
    public double[] ResultPerClass() => [.. _tp.Select((tp, c) => Score(tp, _fp[c], _fn[c]))];

    /// <inheritdoc/>
    public override void ResetState()
    {
        Array.Clear(_tp);
        Array.Clear(_fp);
        Array.Clear(_fn);
        Array.Clear(_support);
    }

    /// <summary>The integer class of a label value, checked against the number of classes.</summary>
    internal static int ClassLabel(double value, int classes, int sample, string who)
    {
        int label = (int)value;
        if (label != value || label < 0 || label >= classes)
        {
            throw new InvalidTargetException($"{who} expects integer labels in [0, {classes}), received {value} for sample {sample}.");
        }

        return label;
    }

    private double Score(double tp, double fp, double fn)
    {
        double precision = ThresholdCounts.DivideNoNan(tp, tp + fp);
        double recall = ThresholdCounts.DivideNoNan(tp, tp + fn);
        double b2 = Beta * Beta;
        return ThresholdCounts.DivideNoNan((1 + b2) * precision * recall, (b2 * precision) + recall);
    }
}
