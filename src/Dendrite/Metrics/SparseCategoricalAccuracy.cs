// SparseCategoricalAccuracy: [argmax(y_pred) == label] per sample, for integer class labels. A label that is
// not a whole number is rejected, as the loss rejects it (Keras would silently cast 1.7 to 1).
using Dendrite.Nn;
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
            throw new ShapeMismatchException($"SparseCategoricalAccuracy expects one label per sample ({rows}), received targets of shape {yTrue.Shape}.");
        }

        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            double label = yTrue.GetFlat(r);
            if (label != Math.Floor(label) || double.IsNaN(label))
            {
                throw new InvalidTargetException($"{Name}: label {(float)label} of sample {r} is not a whole class index.");
            }

            values[r] = CategoricalAccuracy.ArgMax(yPred, r, cols) == label ? 1 : 0;
        }

        return values;
    }
}
