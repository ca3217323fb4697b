// MeanAbsoluteError (metric): the running weighted mean of per-sample absolute errors,
//   value_i = mean_j |y_pred_ij − y_true_ij|,   result = Σ w_i value_i / Σ w_i   over all batches since reset.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The mean absolute error over all samples seen.</summary>
/// <remarks><c>mae = mean(|y_pred − y_true|)</c>.</remarks>
/// <param name="name">The log key; default <c>mean_absolute_error</c>.</param>
public sealed class MeanAbsoluteError(string name = "mean_absolute_error") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
        => RegressionErrors.PerSampleMean(yTrue, yPred, squared: false, nameof(MeanAbsoluteError));
}
