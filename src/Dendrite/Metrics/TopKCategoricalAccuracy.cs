// TopKCategoricalAccuracy, as Keras 3 keras.metrics.TopKCategoricalAccuracy (keras/src/metrics/accuracy_metrics.py):
//   per sample: [argmax(y_true) is among the k largest predictions],   result = weighted mean over samples.
// Ties at the k-th place count in the target's favour, as TensorFlow's in_top_k: the target is in the top k
// when fewer than k classes score strictly higher.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>How often the one-hot target's class is among the k most probable classes.</summary>
/// <remarks><c>accuracy = mean(#{j : p_j &gt; p_target} &lt; k)</c>, target = argmax(y).</remarks>
/// <param name="k">How many of the largest predictions count; default 5.</param>
/// <param name="name">The log key; default <c>top_k_categorical_accuracy</c>.</param>
public sealed class TopKCategoricalAccuracy(int k = 5, string name = "top_k_categorical_accuracy") : MeanMetricWrapper(name)
{
    /// <summary>How many of the largest predictions count.</summary>
    public int K { get; } = k >= 1 ? k : throw new ArgumentOutOfRangeException(nameof(k), k, $"TopKCategoricalAccuracy expects k ≥ 1, received {k}.");

    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        if (yTrue.Shape != yPred.Shape)
        {
            throw new ShapeMismatchException($"TopKCategoricalAccuracy expects one-hot targets of shape {yPred.Shape}, received {yTrue.Shape}.");
        }

        var (rows, cols) = RowsOf(yPred);
        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            values[r] = InTopK(yPred, r, cols, CategoricalAccuracy.ArgMax(yTrue, r, cols), K) ? 1 : 0;
        }

        return values;
    }

    /// <summary>Whether class <paramref name="target"/> of row <paramref name="row"/> is among its <paramref name="k"/> largest (ties included).</summary>
    internal static bool InTopK(Tensor yPred, int row, int cols, int target, int k)
    {
        double score = yPred.GetFlat((row * cols) + target);
        int higher = 0;
        for (int c = 0; c < cols; c++)
        {
            higher += yPred.GetFlat((row * cols) + c) > score ? 1 : 0;
        }

        return higher < k;
    }
}
