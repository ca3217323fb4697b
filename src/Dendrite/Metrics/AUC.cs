// AUC: the area under the ROC or precision-recall curve of binary (or flattened multi-label) predictions.
// Two ways, chosen at construction:
//   thresholded (default), as Keras 3 keras.metrics.AUC (keras/src/metrics/confusion_metrics.py): predictions
//     (sigmoid first with fromLogits, then clipped to [0, 1]) are counted at numThresholds thresholds
//     [−ε, 1/(n−1), …, (n−2)/(n−1), 1+ε] (ε = 1e-7), or at [−ε, thresholds…, 1+ε] when thresholds are given;
//     the curve through those points is summed (AUC.Summation.cs). Memory O(thresholds); an approximation whose
//     error depends on how the scores spread over [0, 1].
//   exact: every (score, label, weight) is kept and the curve is taken over the sorted distinct scores, as
//     scikit-learn roc_auc_score (trapezoids; tied scores share credit, i.e. count ½) and
//     average_precision_score (AP = Σ (R_n − R_{n−1}) P_n, no interpolation). Memory O(samples); no thresholds.
// Labels are positive when y_true ≠ 0 (Keras' bool cast). Both ways return 0 until both classes have been seen.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The area under the ROC or precision-recall curve, thresholded as Keras or exact as scikit-learn.</summary>
/// <remarks>
/// ROC: <c>∫ TPR d(FPR)</c>; PR: <c>∫ precision d(recall)</c>. The thresholded form (Keras' default, 200 thresholds)
/// approximates with a Riemann sum; <c>exact: true</c> sorts all scores and equals scikit-learn's <c>roc_auc_score</c>
/// (ROC) or <c>average_precision_score</c> (PR).
/// </remarks>
public sealed partial class AUC : Metric
{
    /// <summary>Keras' backend.epsilon(): the end thresholds are −ε and 1 + ε so scores of exactly 0 and 1 fall inside.</summary>
    private const double Epsilon = 1e-7;

    private readonly ThresholdCounts? _counts;
    private readonly List<(double Score, bool Positive, double Weight)>? _scores;

    /// <summary>Creates an AUC metric.</summary>
    /// <param name="numThresholds">Evenly spaced thresholds of the thresholded form, &gt; 1; default 200.</param>
    /// <param name="curve">ROC or PR; default <see cref="AucCurve.Roc"/>.</param>
    /// <param name="summationMethod">The Riemann sum of the thresholded form; default <see cref="AucSummationMethod.Interpolation"/>.</param>
    /// <param name="thresholds">Explicit thresholds in [0, 1] instead of <paramref name="numThresholds"/>; default null.</param>
    /// <param name="fromLogits">Predictions are logits (sigmoid applied first); default false.</param>
    /// <param name="exact">Keep every score and compute the exact area (scikit-learn); default false.</param>
    /// <param name="name">The log key; default <c>auc</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numThresholds"/> ≤ 1 or a threshold outside [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="exact"/> with thresholds or a summation method other than interpolation.</exception>
    public AUC(
        int numThresholds = 200,
        AucCurve curve = AucCurve.Roc,
        AucSummationMethod summationMethod = AucSummationMethod.Interpolation,
        double[]? thresholds = null,
        bool fromLogits = false,
        bool exact = false,
        string name = "auc")
        : base(name)
    {
        Curve = curve;
        SummationMethod = summationMethod;
        FromLogits = fromLogits;
        Exact = exact;
        if (exact)
        {
            if (thresholds is not null || summationMethod != AucSummationMethod.Interpolation)
            {
                throw new ArgumentException("AUC with exact: true uses every score; thresholds and summationMethod apply only to the thresholded AUC.", nameof(exact));
            }

            _scores = [];
            return;
        }

        _counts = new ThresholdCounts(BuildThresholds(numThresholds, thresholds));
    }

    /// <summary>The curve: ROC or PR.</summary>
    public AucCurve Curve { get; }

    /// <summary>The Riemann sum of the thresholded form.</summary>
    public AucSummationMethod SummationMethod { get; }

    /// <summary>Whether predictions are logits.</summary>
    public bool FromLogits { get; }

    /// <summary>Whether the area is exact (every score kept) rather than thresholded.</summary>
    public bool Exact { get; }

    /// <summary>The thresholds of the thresholded form, ascending, including −ε and 1 + ε; empty when exact.</summary>
    public IReadOnlyList<double> Thresholds => _counts?.Thresholds ?? [];

    /// <inheritdoc/>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        if (_counts is not null)
        {
            _counts.Update(yTrue, yPred, sampleWeight, topK: null, classId: null, FromLogits ? SigmoidClipped : Clipped, nameof(AUC));
            return;
        }

        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Size != yPred.Size)
        {
            throw new Nn.ShapeMismatchException($"AUC expects targets with the shape of the predictions {yPred.Shape}, received {yTrue.Shape}.");
        }

        int cols = yPred.Rank >= 2 ? yPred.Shape[^1] : 1;
        int rows = cols == 0 ? 0 : yPred.Size / cols;
        double[]? weights = SampleWeights.PerElement(sampleWeight, rows, cols, nameof(AUC));
        for (int i = 0; i < yPred.Size; i++)
        {
            // The sigmoid is increasing, so logits rank exactly as probabilities: no transform needed.
            _scores!.Add((yPred.GetFlat(i), yTrue.GetFlat(i) != 0, weights?[i] ?? 1.0));
        }
    }

    /// <summary>The area under the curve of everything seen since the last reset.</summary>
    public override double Result()
    {
        if (_scores is not null)
        {
            return Curve == AucCurve.Roc ? ExactAuc.RocAuc(_scores) : ExactAuc.AveragePrecision(_scores);
        }

        var (tp, fp, tn, fn) = _counts!.Counts();
        return Curve == AucCurve.PR && SummationMethod == AucSummationMethod.Interpolation
            ? InterpolatedPrAuc(tp, fp, fn)
            : RiemannSum(tp, fp, tn, fn);
    }

    /// <inheritdoc/>
    public override void ResetState()
    {
        _counts?.Reset();
        _scores?.Clear();
    }

    private static double Clipped(double p) => Math.Clamp(p, 0.0, 1.0);

    private static double SigmoidClipped(double x) => Clipped(1.0 / (1.0 + Math.Exp(-x)));

    private static double[] BuildThresholds(int numThresholds, double[]? thresholds)
    {
        if (thresholds is not null)
        {
            if (thresholds.Any(t => !(t >= 0 && t <= 1)))
            {
                throw new ArgumentOutOfRangeException(nameof(thresholds), $"AUC expects thresholds in [0, 1], received [{string.Join(", ", thresholds)}].");
            }

            return [-Epsilon, .. thresholds.Order(), 1 + Epsilon];
        }

        if (numThresholds <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(numThresholds), numThresholds, $"AUC expects numThresholds > 1, received {numThresholds}.");
        }

        var result = new double[numThresholds];
        result[0] = -Epsilon;
        for (int i = 1; i < numThresholds - 1; i++)
        {
            result[i] = i * 1.0 / (numThresholds - 1);
        }

        result[^1] = 1 + Epsilon;
        return result;
    }
}
