// SparseCategoricalAccuracy: [argmax(y_pred) == label] per sample, for integer class labels.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>How often the most probable class equals the integer label.</summary>
/// <remarks><c>accuracy = mean(argmax(p) == label)</c>; ties go to the first index.</remarks>
/// <param name="name">The log key; default <c>sparse_categorical_accuracy</c>.</param>
public sealed class SparseCategoricalAccuracy(string name = "sparse_categorical_accuracy") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        var (rows, cols) = RowsOf(yPred);
        if (yTrue.Size != rows)
        {
            throw new Nn.ShapeMismatchException($"SparseCategoricalAccuracy expects one label per sample ({rows}), received targets of shape {yTrue.Shape}.");
        }

        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            values[r] = CategoricalAccuracy.ArgMax(yPred, r, cols) == (int)yTrue.GetFlat(r) ? 1 : 0;
        }

        return values;
    }
}
