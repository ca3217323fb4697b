// RootMeanSquaredError (metric), as Keras: the square root of the running mean of squared errors,
//   result = sqrt(Σ_i w_i mean_j (y_pred_ij − y_true_ij)² / Σ_i w_i)   over all batches since reset,
// which is not the mean of per-batch RMSEs: batches of errors {0, 0} and {2, 2} give sqrt(2), not 1.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The root of the mean squared error over all samples seen.</summary>
/// <remarks><c>rmse = sqrt(mean((y_pred − y_true)²))</c>, the mean taken over every sample since the last reset.</remarks>
/// <param name="name">The log key; default <c>root_mean_squared_error</c>.</param>
public sealed class RootMeanSquaredError(string name = "root_mean_squared_error") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
        => RegressionErrors.PerSampleMean(yTrue, yPred, squared: true, nameof(RootMeanSquaredError));

    /// <inheritdoc/>
    public override double Result() => Math.Sqrt(base.Result());
}
