// MeanAbsolutePercentageError (metric), as Keras 3 (keras/src/losses/losses.py mean_absolute_percentage_error):
//   value_i = 100 · mean_j |y_ij − p_ij| / max(|y_ij|, ε),   ε = 1e-7,   result = Σ w_i value_i / Σ w_i.
// A target of 0 divides by ε, so any error on it dominates (Keras' docstring gives 2.5e8 for one such error).
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The mean absolute percentage error over all samples seen.</summary>
/// <remarks><c>mape = 100 · mean(|y − p| / max(|y|, 1e-7))</c>.</remarks>
/// <param name="name">The log key; default <c>mean_absolute_percentage_error</c>.</param>
public sealed class MeanAbsolutePercentageError(string name = "mean_absolute_percentage_error") : MeanMetricWrapper(name)
{
    /// <summary>Keras' backend.epsilon(): the smallest |y| divided by.</summary>
    private const double Epsilon = 1e-7;

    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
        => RegressionErrors.PerSampleMeanOf(yTrue, yPred, (y, p) => 100.0 * Math.Abs(y - p) / Math.Max(Math.Abs(y), Epsilon), nameof(MeanAbsolutePercentageError));
}
