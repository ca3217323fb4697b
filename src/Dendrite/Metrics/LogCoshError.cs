// LogCoshError (metric), as Keras 3 keras.metrics.LogCoshError (default name "logcosh"):
//   value_i = mean_j log(cosh(p_ij − y_ij)),   result = Σ w_i value_i / Σ w_i.
// log cosh x = x + softplus(−2x) − log 2, which never overflows (cosh does for |x| > 710);
// softplus(z) = max(z, 0) + log1p(e^−|z|). About x²/2 for small errors and |x| − log 2 for large ones.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The mean logarithm of the hyperbolic cosine of the prediction error.</summary>
/// <remarks><c>logcosh = mean(log(cosh(p − y)))</c>.</remarks>
/// <param name="name">The log key; default <c>logcosh</c> (Keras' default name).</param>
public sealed class LogCoshError(string name = "logcosh") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
        => RegressionErrors.PerSampleMeanOf(yTrue, yPred, (y, p) => LogCosh(p - y), nameof(LogCoshError));

    /// <summary>log(cosh(<paramref name="x"/>)) without overflow.</summary>
    internal static double LogCosh(double x)
    {
        double z = -2 * x;
        return x + Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - Math.Log(2);
    }
}
