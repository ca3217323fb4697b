// RegressionErrors: the per-sample mean of an element-wise error, shared by the regression metrics:
//   value_i = (1/K) Σ_j f(y_true_ij, y_pred_ij),   f = squared, absolute, percentage or log-cosh error,   K = values per sample.
// Targets of shape (batch,) fit predictions of shape (batch, 1), as Keras allows.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>Per-sample mean squared and absolute errors for the regression metrics.</summary>
internal static class RegressionErrors
{
    /// <summary>The mean over each sample's values of (p − y)², or of |p − y| when <paramref name="squared"/> is false.</summary>
    public static double[] PerSampleMean(Tensor yTrue, Tensor yPred, bool squared, string who)
        => PerSampleMeanOf(yTrue, yPred, squared ? static (y, p) => (p - y) * (p - y) : static (y, p) => Math.Abs(p - y), who);

    /// <summary>The mean over each sample's values of <paramref name="error"/>(y, p).</summary>
    public static double[] PerSampleMeanOf(Tensor yTrue, Tensor yPred, Func<double, double, double> error, string who)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        int rows = yPred.Rank == 0 ? 1 : yPred.Shape[0];
        int cols = rows == 0 ? 0 : yPred.Size / rows;
        if (yTrue.Size != yPred.Size || (yTrue.Rank >= 1 && yPred.Rank >= 1 && yTrue.Shape[0] != rows))
        {
            throw new Nn.ShapeMismatchException($"{who} expects targets of shape {yPred.Shape}, received {yTrue.Shape}.");
        }

        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            for (int c = 0; c < cols; c++)
            {
                sum += error(yTrue.GetFlat((r * cols) + c), yPred.GetFlat((r * cols) + c));
            }

            values[r] = cols == 0 ? 0 : sum / cols;
        }

        return values;
    }
}
