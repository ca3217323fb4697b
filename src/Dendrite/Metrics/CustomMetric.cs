// CustomMetric: a metric from a function of (y_true, y_pred) returning one value per sample; the metric
// is their (weighted) mean over every sample seen, as Keras' MeanMetricWrapper around a function.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>A metric defined by a per-sample function of targets and predictions, averaged over samples.</summary>
/// <param name="name">The log key.</param>
/// <param name="perSample">Maps (y_true, y_pred), each (batch, …), to one value per sample, shape (batch,).</param>
public sealed class CustomMetric(string name, Func<Tensor, Tensor, Tensor> perSample) : MeanMetricWrapper(string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A custom metric needs a name.", nameof(name)) : name)
{
    private readonly Func<Tensor, Tensor, Tensor> _perSample = perSample ?? throw new ArgumentNullException(nameof(perSample));

    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        using var noRecording = new NoRecording();
        Tensor values = _perSample(yTrue, yPred);
        int rows = yPred.Rank == 0 ? 1 : yPred.Shape[0];
        if (values.Size != rows)
        {
            throw new Nn.ShapeMismatchException($"Custom metric '{Name}' returned shape {values.Shape}; it must return one value per sample ({rows}).");
        }

        return values.ToDoubleArray();
    }
}
