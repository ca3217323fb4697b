// SparseTopKCategoricalAccuracy, as Keras 3 keras.metrics.SparseTopKCategoricalAccuracy:
//   per sample: [label is among the k largest predictions] (ties count for the label, as in_top_k),
//   result = weighted mean over samples. Labels are integers in [0, classes).
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>How often the integer label is among the k most probable classes.</summary>
/// <remarks><c>accuracy = mean(#{j : p_j &gt; p_label} &lt; k)</c>.</remarks>
/// <param name="k">How many of the largest predictions count; default 5.</param>
/// <param name="name">The log key; default <c>sparse_top_k_categorical_accuracy</c>.</param>
public sealed class SparseTopKCategoricalAccuracy(int k = 5, string name = "sparse_top_k_categorical_accuracy") : MeanMetricWrapper(name)
{
    /// <summary>How many of the largest predictions count.</summary>
    public int K { get; } = k >= 1 ? k : throw new ArgumentOutOfRangeException(nameof(k), k, $"SparseTopKCategoricalAccuracy expects k ≥ 1, received {k}.");

    /// <inheritdoc/>
    protected override double[] PerSample(Tensor yTrue, Tensor yPred)
    {
        var (rows, cols) = RowsOf(yPred);
        if (yTrue.Size != rows)
        {
            throw new Nn.ShapeMismatchException($"SparseTopKCategoricalAccuracy expects one label per sample ({rows}), received targets of shape {yTrue.Shape}.");
        }

        var values = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            int label = FBetaScore.ClassLabel(yTrue.GetFlat(r), cols, r, nameof(SparseTopKCategoricalAccuracy));
            values[r] = TopKCategoricalAccuracy.InTopK(yPred, r, cols, label, K) ? 1 : 0;
        }

        return values;
    }
}
