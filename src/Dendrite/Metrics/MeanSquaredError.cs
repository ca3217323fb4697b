// MeanSquaredError (metric): the running weighted mean of per-sample squared errors,
//   value_i = mean_j (y_pred_ij − y_true_ij)²,   result = Σ w_i value_i / Σ w_i   over all batches since reset.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The mean squared error over all samples seen.</summary>
/// <remarks><c>mse = mean((y_pred − y_true)²)</c>.</remarks>
/// <param name="name">The log key; default <c>mean_squared_error</c>.</param>
public sealed class MeanSquaredError(string name = "mean_squared_error") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
        => RegressionErrors.PerSampleMean(yTrue, yPred, squared: true, nameof(MeanSquaredError));
}
