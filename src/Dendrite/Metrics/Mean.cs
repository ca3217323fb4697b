// Mean: the running (weighted) mean of the values given to it. Fit uses one to report the loss:
// each batch's loss is added with weight = batch size, so the epoch loss is the per-sample mean.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The running weighted mean of values, e.g. the epoch's loss.</summary>
/// <param name="name">The log key; default <c>mean</c>.</param>
public sealed class Mean(string name = "mean") : Metric(name)
{
    private double _total;
    private double _count;

    /// <summary>Adds <paramref name="value"/> with <paramref name="weight"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">Its weight; default 1.</param>
    public void Update(double value, double weight = 1.0)
    {
        _total += value * weight;
        _count += weight;
    }

    /// <summary>Adds every element of <paramref name="yPred"/>; <paramref name="yTrue"/> is ignored.</summary>
    /// <param name="yTrue">Ignored.</param>
    /// <param name="yPred">The values.</param>
    /// <param name="sampleWeight">Weights per element; default null = 1.</param>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yPred);
        for (int i = 0; i < yPred.Size; i++)
        {
            Update(yPred.GetFlat(i), sampleWeight?.GetFlat(i) ?? 1.0);
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
}
