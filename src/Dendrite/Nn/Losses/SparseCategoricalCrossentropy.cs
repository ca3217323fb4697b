// SparseCategoricalCrossentropy (integer class labels):
//   loss_i = −log p_i[label_i]  — the categorical cross-entropy of the one-hot encoding of label_i.
// Labels are checked: each must be a whole number in [0, K). Label smoothing is not offered, as in Keras
// (it needs a distribution: use CategoricalCrossentropy with one-hot targets).
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>Cross-entropy between integer class labels and predicted probabilities (or logits).</summary>
/// <remarks><c>loss = −log p[label]</c>; computed as <see cref="CategoricalCrossentropy"/> of the one-hot labels.</remarks>
/// <param name="fromLogits">Whether predictions are logits rather than probabilities; default false.</param>
public sealed class SparseCategoricalCrossentropy(bool fromLogits = false) : Loss
{
    private readonly CategoricalCrossentropy _dense = new(fromLogits);

    /// <summary>Whether predictions are logits.</summary>
    public bool FromLogits { get; } = fromLogits;

    /// <inheritdoc/>
    public override string Name => "sparse_categorical_crossentropy";

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred) => _dense.Call(yTrue, yPred);

    /// <inheritdoc/>
    protected override Tensor PrepareTargets(Tensor yTrue, Tensor yPred) => OneHot(yTrue, yPred, GetType().Name);

    /// <summary>One-hot encodes integer labels for predictions of shape (batch, K), checking each label.</summary>
    internal static Tensor OneHot(Tensor labels, Tensor yPred, string who)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yPred.Rank != 2)
        {
            throw new ShapeMismatchException($"{who} expects predictions of shape (batch, classes), received {yPred.Shape}.");
        }

        int n = yPred.Shape[0], k = yPred.Shape[1];
        if (labels.Size != n || (labels.Rank == 2 && labels.Shape[1] != 1) || labels.Rank > 2)
        {
            throw new ShapeMismatchException($"{who} expects one integer label per sample, shape ({n},) or ({n}, 1), received {labels.Shape}.");
        }

        Tensor oneHot = Tensor.Zeros(yPred.Shape, yPred.DType);
        for (int i = 0; i < n; i++)
        {
            double label = labels.GetFlat(i);
            if (!(label >= 0 && label < k && label == Math.Floor(label)))
            {
                throw new InvalidTargetException($"{who}: label {label} of sample {i} is not a class index in [0, {k - 1}] (the model has {k} outputs).");
            }

            oneHot.SetFlat((i * k) + (int)label, 1.0);
        }

        return oneHot;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["from_logits"] = FromLogits };
}
