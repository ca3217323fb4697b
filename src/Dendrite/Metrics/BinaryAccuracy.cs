// BinaryAccuracy: mean over each sample's outputs of [ (p > threshold) == y ], threshold 0.5 by default.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>How often thresholded probabilities match binary targets.</summary>
/// <remarks><c>accuracy = mean([p &gt; threshold] == y)</c>.</remarks>
/// <param name="name">The log key; default <c>binary_accuracy</c>.</param>
/// <param name="threshold">The decision threshold; default 0.5.</param>
public sealed class BinaryAccuracy(string name = "binary_accuracy", double threshold = 0.5) : MeanMetricWrapper(name)
{
    /// <summary>The decision threshold.</summary>
    public double Threshold { get; } = threshold;

    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        var (rows, cols) = RowsOf(yPred);
        if (yTrue.Size != yPred.Size)
        {
            throw new Nn.ShapeMismatchException($"BinaryAccuracy expects targets of shape {yPred.Shape}, received {yTrue.Shape}.");
        }

        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            int hits = 0;
            for (int c = 0; c < cols; c++)
            {
                int i = (r * cols) + c;
                bool predicted = yPred.GetFlat(i) > Threshold;
                bool actual = yTrue.GetFlat(i) > 0.5;
                hits += predicted == actual ? 1 : 0;
            }

            values[r] = cols == 0 ? 0 : (double)hits / cols;
        }

        return values;
    }
}
