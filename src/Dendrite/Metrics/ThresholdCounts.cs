// ThresholdCounts: the weighted confusion counts at several decision thresholds, shared by Precision,
// Recall and AUC (Keras metrics_utils.update_confusion_matrix_variables, checked against keras-team/keras
// keras/src/metrics/metrics_utils.py):
//   label is positive   ⇔ y_true ≠ 0                 (Keras casts y_true to bool)
//   prediction positive ⇔ y_pred > threshold          (strictly; compared in float32 as Keras' variables)
//   tp_t = Σ w [pos ∧ p > t]   fp_t = Σ w [¬pos ∧ p > t]   fn_t = Σ w [pos ∧ p ≤ t]   tn_t = Σ w [¬pos ∧ p ≤ t]
// topK keeps, per row (the last axis), the k largest predictions (ties: lower index first, as ops.top_k) and
// makes every other prediction negative; classId keeps only that column.
// Each element lands in one bucket: c = #{thresholds < p}. Then tp_t(i) = Σ_{c > i} positives[c] over the
// thresholds sorted ascending: O(log T) per element, as Keras' bucketed update, for any thresholds.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>Weighted true/false positives/negatives at each of several thresholds.</summary>
internal sealed class ThresholdCounts
{
    /// <summary>Keras' NEG_INF: the default threshold with topK, so every kept prediction counts as positive.</summary>
    public const double NegativeInfinity = -1e10;

    private readonly float[] _sorted;
    private readonly int[] _order;
    private readonly double[] _positives;
    private readonly double[] _negatives;

    /// <summary>Creates zero counts for <paramref name="thresholds"/> (any order; results keep that order).</summary>
    public ThresholdCounts(IReadOnlyList<double> thresholds)
    {
        Thresholds = [.. thresholds];
        _order = [.. Enumerable.Range(0, Thresholds.Length).OrderBy(i => Thresholds[i])];
        _sorted = [.. _order.Select(i => (float)Thresholds[i])];
        _positives = new double[Thresholds.Length + 1];
        _negatives = new double[Thresholds.Length + 1];
    }

    /// <summary>The thresholds, in the order given.</summary>
    public double[] Thresholds { get; }

    /// <summary>Accumulates one batch.</summary>
    /// <param name="yTrue">Targets, as many values as <paramref name="yPred"/>.</param>
    /// <param name="yPred">Predictions; the last axis is the classes for <paramref name="topK"/> and <paramref name="classId"/>.</param>
    /// <param name="sampleWeight">Null, one weight, one per sample or one per element.</param>
    /// <param name="topK">Keep only the k largest predictions per row; null keeps all.</param>
    /// <param name="classId">Count only this column; null counts all.</param>
    /// <param name="transform">Applied to each prediction first (sigmoid, clipping); null for none.</param>
    /// <param name="who">The metric, for messages.</param>
    public void Update(Tensor yTrue, Tensor yPred, Tensor? sampleWeight, int? topK, int? classId, Func<double, double>? transform, string who)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Size != yPred.Size)
        {
            throw new ShapeMismatchException($"{who} expects targets with the shape of the predictions {yPred.Shape}, received {yTrue.Shape}.");
        }

        int cols = yPred.Rank >= 2 ? yPred.Shape[^1] : yPred.Size;
        int rows = cols == 0 ? 0 : yPred.Size / cols;
        if (classId is int id && (yPred.Rank < 2 || id >= cols))
        {
            throw new ShapeMismatchException(
                $"{who} with classId {id} expects predictions of shape (samples, classes) with more than {id} classes, received {yPred.Shape}.");
        }

        double[]? weights = SampleWeights.PerElement(sampleWeight, rows, cols, who);
        bool[]? kept = topK is int k ? new bool[cols] : null;
        for (int r = 0; r < rows; r++)
        {
            if (kept is not null)
            {
                TopKMask(yPred, r, cols, topK!.Value, kept);
            }

            for (int c = classId ?? 0; c < (classId is null ? cols : classId.Value + 1); c++)
            {
                int i = (r * cols) + c;
                double p = kept is null || kept[c] ? yPred.GetFlat(i) : double.NegativeInfinity;
                Add(yTrue.GetFlat(i) != 0, transform is null ? p : transform(p), weights?[i] ?? 1.0);
            }
        }
    }

    /// <summary>Adds one (label, prediction, weight) triple.</summary>
    public void Add(bool positive, double prediction, double weight)
    {
        float p = (float)prediction;
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sorted[mid] < p)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        (positive ? _positives : _negatives)[lo] += weight;
    }

    /// <summary>The counts at each threshold, in the order given: (tp, fp, tn, fn).</summary>
    public (double[] Tp, double[] Fp, double[] Tn, double[] Fn) Counts()
    {
        int n = Thresholds.Length;
        double[] tp = new double[n], fp = new double[n], tn = new double[n], fn = new double[n];
        double totalPositive = _positives.Sum(), totalNegative = _negatives.Sum();
        double abovePositive = 0, aboveNegative = 0;
        for (int s = n - 1; s >= 0; s--)
        {
            abovePositive += _positives[s + 1];
            aboveNegative += _negatives[s + 1];
            int i = _order[s];
            tp[i] = abovePositive;
            fp[i] = aboveNegative;
            fn[i] = totalPositive - abovePositive;
            tn[i] = totalNegative - aboveNegative;
        }

        return (tp, fp, tn, fn);
    }

    /// <summary>Forgets every count.</summary>
    public void Reset()
    {
        Array.Clear(_positives);
        Array.Clear(_negatives);
    }

    /// <summary>Keras' parse_init_thresholds: the given thresholds, each in [0, 1], or the default (0.5; −1e10 with topK).</summary>
    public static double[] ParseThresholds(double[]? thresholds, int? topK, int? classId, string who)
    {
        if (topK is int k && k < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(topK), k, $"{who} expects topK ≥ 1, received {k}.");
        }

        if (classId is int id && id < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(classId), id, $"{who} expects classId ≥ 0, received {id}.");
        }

        if (thresholds is null)
        {
            return [topK is null ? 0.5 : NegativeInfinity];
        }

        if (thresholds.Length == 0 || thresholds.Any(t => !(t >= 0 && t <= 1)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(thresholds), $"{who} expects one or more thresholds in [0, 1], received [{string.Join(", ", thresholds)}].");
        }

        return [.. thresholds];
    }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, or 0 when the denominator is 0 (Keras divide_no_nan).</summary>
    public static double DivideNoNan(double numerator, double denominator) => denominator == 0 ? 0.0 : numerator / denominator;

    /// <summary>Marks the <paramref name="k"/> largest predictions of row <paramref name="row"/>; ties go to the lower index.</summary>
    private static void TopKMask(Tensor yPred, int row, int cols, int k, bool[] kept)
    {
        for (int c = 0; c < cols; c++)
        {
            double v = yPred.GetFlat((row * cols) + c);
            int rank = 0;
            for (int j = 0; j < cols && rank < k; j++)
            {
                double u = yPred.GetFlat((row * cols) + j);
                rank += u > v || (u == v && j < c) ? 1 : 0;
            }

            kept[c] = rank < k;
        }
    }
}
