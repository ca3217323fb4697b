// R2Score, as Keras 3 keras.metrics.R2Score (keras/src/metrics/regression_metrics.py), per output k over every
// batch since the reset, with sample weights w:
//   SS_res = Σ w (y − p)²,   SS_tot = Σ w y² − (Σ w y)² / Σ w,   R²_k = 1 − SS_res / SS_tot
// aggregated uniformly, weighted by SS_tot, or not at all; with numRegressors = p > 0 the adjusted score
//   R²_adj = 1 − (1 − R²)(n − 1) / (n − p − 1),   n = samples with a non-zero weight,
// falling back to R² when n − p − 1 ≤ 0 (Keras warns there; we have no warnings channel).
// Sums are doubles. A constant target (SS_tot = 0) scores 1 if predicted exactly and 0 otherwise, as
// scikit-learn's r2_score (force_finite) — Keras gives 0 for the second case and NaN for the first.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The coefficient of determination R² of regression outputs.</summary>
/// <remarks><c>R² = 1 − Σ(y − p)² / Σ(y − mean(y))²</c>, per output, then aggregated.</remarks>
public sealed class R2Score : Metric
{
    private double[] _sum = [], _squaredSum = [], _residual = [], _count = [];
    private double _samples;

    /// <summary>Creates an R² metric.</summary>
    /// <param name="classAggregation">How several outputs combine; default <see cref="R2ClassAggregation.UniformAverage"/>.</param>
    /// <param name="numRegressors">Independent regressors for the adjusted R², ≥ 0; default 0 = plain R².</param>
    /// <param name="name">The log key; default <c>r2_score</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numRegressors"/> &lt; 0.</exception>
    public R2Score(R2ClassAggregation classAggregation = R2ClassAggregation.UniformAverage, int numRegressors = 0, string name = "r2_score")
        : base(name)
    {
        ClassAggregation = classAggregation;
        NumRegressors = numRegressors >= 0
            ? numRegressors
            : throw new ArgumentOutOfRangeException(nameof(numRegressors), numRegressors, $"R2Score expects numRegressors ≥ 0, received {numRegressors}.");
    }

    /// <summary>How several outputs combine.</summary>
    public R2ClassAggregation ClassAggregation { get; }

    /// <summary>Independent regressors of the adjusted R² (0 = plain R²).</summary>
    public int NumRegressors { get; }

    /// <summary>Accumulates one batch.</summary>
    /// <param name="yTrue">Targets, (batch, outputs) or (batch,) for one output.</param>
    /// <param name="yPred">Predictions of the same size.</param>
    /// <param name="sampleWeight">One weight per sample or per element; default null = 1.</param>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        int cols = yPred.Rank >= 2 ? yPred.Shape[^1] : 1;
        int rows = cols == 0 ? 0 : yPred.Size / cols;
        if (yTrue.Size != yPred.Size || yPred.Rank > 2)
        {
            throw new ShapeMismatchException($"R2Score expects targets and predictions of shape (samples, outputs), received {yTrue.Shape} and {yPred.Shape}.");
        }

        if (_sum.Length == 0)
        {
            (_sum, _squaredSum, _residual, _count) = (new double[cols], new double[cols], new double[cols], new double[cols]);
        }
        else if (_sum.Length != cols)
        {
            throw new ShapeMismatchException($"R2Score was built for {_sum.Length} outputs, received predictions of shape {yPred.Shape}.");
        }

        double[]? weights = SampleWeights.PerElement(sampleWeight, rows, cols, nameof(R2Score));
        for (int r = 0; r < rows; r++)
        {
            bool counted = false;
            for (int c = 0; c < cols; c++)
            {
                int i = (r * cols) + c;
                double w = weights?[i] ?? 1.0, y = yTrue.GetFlat(i), e = y - yPred.GetFlat(i);
                _sum[c] += w * y;
                _squaredSum[c] += w * y * y;
                _residual[c] += w * e * e;
                _count[c] += w;
                counted |= w != 0;
            }

            _samples += counted ? 1 : 0;
        }
    }

    /// <summary>The aggregated (and, with regressors, adjusted) R²; with <see cref="R2ClassAggregation.None"/> the mean of <see cref="ResultPerOutput"/>.</summary>
    public override double Result()
    {
        if (_sum.Length == 0)
        {
            return 0.0;
        }

        double[] raw = ResultPerOutput();
        double r2 = ClassAggregation == R2ClassAggregation.VarianceWeightedAverage
            ? ThresholdCounts.DivideNoNan(raw.Select((s, c) => s * Total(c)).Sum(), Enumerable.Range(0, raw.Length).Sum(Total))
            : raw.Average();
        double n = _samples, p = NumRegressors;
        return p > 0 && n - p - 1 > 0 ? 1 - ((1 - r2) * (n - 1) / (n - p - 1)) : r2;
    }

    /// <summary>The R² of each output (empty before the first batch).</summary>
    public double[] ResultPerOutput() => [.. Enumerable.Range(0, _sum.Length).Select(c =>
    {
        double total = Total(c);
        return total > 0 ? 1 - (_residual[c] / total) : _residual[c] == 0 && _count[c] > 0 ? 1.0 : 0.0;
    })];

    /// <inheritdoc/>
    public override void ResetState()
    {
        Array.Clear(_sum);
        Array.Clear(_squaredSum);
        Array.Clear(_residual);
        Array.Clear(_count);
        _samples = 0;
    }

    /// <summary>The weighted total sum of squares of output <paramref name="c"/>; rounding residue of a constant target counts as 0.</summary>
    private double Total(int c)
    {
        double total = _count[c] == 0 ? 0 : _squaredSum[c] - (_sum[c] * _sum[c] / _count[c]);
        return total > 1e-12 * _squaredSum[c] ? total : 0;
    }
}
