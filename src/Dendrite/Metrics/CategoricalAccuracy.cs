// CategoricalAccuracy: [argmax(y_pred) == argmax(y_true)] per sample, for one-hot targets.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>How often the most probable class equals the one-hot target's class.</summary>
/// <remarks><c>accuracy = mean(argmax(p) == argmax(y))</c>; ties go to the first index.</remarks>
/// <param name="name">The log key; default <c>categorical_accuracy</c>.</param>
public sealed class CategoricalAccuracy(string name = "categorical_accuracy") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        if (yTrue.Shape != yPred.Shape)
        {
            throw new Nn.ShapeMismatchException($"CategoricalAccuracy expects one-hot targets of shape {yPred.Shape}, received {yTrue.Shape}.");
        }

        var (rows, cols) = RowsOf(yPred);
        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            values[r] = ArgMax(yPred, r, cols) == ArgMax(yTrue, r, cols) ? 1 : 0;
        }

        return values;
    }

    /// <summary>The index of the largest value in row <paramref name="row"/> (first on ties).</summary>
    internal static int ArgMax(Tensor t, int row, int cols)
    {
        int best = 0;
        double bestValue = double.NegativeInfinity;
        for (int c = 0; c < cols; c++)
        {
            double v = t.GetFlat((row * cols) + c);
            if (v > bestValue)
            {
                bestValue = v;
                best = c;
            }
        }

        return best;
    }
}
