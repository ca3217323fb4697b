// MeanMetricWrapper: a metric that is the (weighted) mean of a per-sample value:
//   result = Σ_i w_i · value_i / Σ_i w_i   over every sample seen since the last reset.
// Sums are kept in double, so long epochs do not lose precision.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>A metric that averages a per-sample value over all samples seen.</summary>
/// <param name="name">The log key.</param>
public abstract class MeanMetricWrapper(string name) : Metric(name)
{
    private double _total;
    private double _count;

    /// <summary>The value of each sample of the batch.</summary>
    /// <param name="yTrue">The targets.</param>
    /// <param name="yPred">The predictions.</param>
    /// <returns>One value per sample (first axis of <paramref name="yPred"/>).</returns>
    protected abstract double[] PerSample(Tensor yTrue, Tensor yPred);

    /// <inheritdoc/>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        double[] values = PerSample(yTrue, yPred);
        if (sampleWeight is not null && sampleWeight.Size != values.Length)
        {
            throw new Nn.ShapeMismatchException($"Metric '{Name}': sample weights have shape {sampleWeight.Shape}, expected one weight per sample ({values.Length}).");
        }

        for (int i = 0; i < values.Length; i++)
        {
            double w = sampleWeight is null ? 1.0 : sampleWeight.GetFlat(i);
            _total += w * values[i];
            _count += w;
        }
    }

    /// <inheritdoc/>
    public override double Result() => _count == 0 ? 0.0 : _total / _count;

    /// <inheritdoc/>
    public override void ResetState()
    {
        _total = 0;
        _count = 0;
    }

    /// <summary>Reads <paramref name="t"/> as rows: (samples, values per sample).</summary>
    /// <param name="t">A tensor whose first axis is the samples.</param>
    protected static (int Rows, int Cols) RowsOf(Tensor t)
    {
        ArgumentNullException.ThrowIfNull(t);
        int rows = t.Rank == 0 ? 1 : t.Shape[0];
        return (rows, rows == 0 ? 0 : t.Size / rows);
    }
}
