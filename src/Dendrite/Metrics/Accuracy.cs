// Accuracy: the fraction of samples whose prediction equals the target exactly (element-wise,
// averaged over each sample's values). For class probabilities use BinaryAccuracy,
// CategoricalAccuracy or SparseCategoricalAccuracy — or the name "accuracy", which Compile resolves
// from the loss as Keras does.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>How often predictions equal targets exactly.</summary>
/// <remarks><c>accuracy = mean(y_pred == y_true)</c>.</remarks>
/// <param name="name">The log key; default <c>accuracy</c>.</param>
public sealed class Accuracy(string name = "accuracy") : MeanMetricWrapper(name)
{
    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        var (rows, cols) = RowsOf(yPred);
        if (yTrue.Size != yPred.Size)
        {
            throw new Nn.ShapeMismatchException($"Accuracy expects targets of shape {yPred.Shape}, received {yTrue.Shape}.");
        }

        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            int hits = 0;
            for (int c = 0; c < cols; c++)
            {
                hits += yTrue.GetFlat((r * cols) + c) == yPred.GetFlat((r * cols) + c) ? 1 : 0;
            }

            values[r] = cols == 0 ? 0 : (double)hits / cols;
        }

        return values;
    }
}
