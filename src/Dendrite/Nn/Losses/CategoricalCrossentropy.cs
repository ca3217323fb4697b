// CategoricalCrossentropy (one-hot targets):
//   probabilities:  loss = -Σ_j y_j log(clip(p_j / Σ_k p_k, ε, 1 - ε)),  ε = 1e-7 (Keras)
//   fromLogits:     loss = -Σ_j y_j log_softmax(z)_j   (fused SoftmaxCrossEntropy: stable, never takes log 0)
//   gradient w.r.t. logits is softmax(z) - y   (per sample, when Σ y = 1)
// Label smoothing ls: y ← y (1 - ls) + ls / K.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>Cross-entropy between one-hot targets and predicted class probabilities (or logits).</summary>
/// <remarks><c>loss = −Σ_j y_j log p_j</c>; with <c>fromLogits</c>, <c>log p = log_softmax(z)</c>, stable.</remarks>
/// <param name="fromLogits">Whether predictions are logits rather than probabilities; default false.</param>
/// <param name="labelSmoothing">In [0, 1]: y ← y(1 − ls) + ls/K; default 0.</param>
/// <param name="axis">The class axis; default -1.</param>
public sealed class CategoricalCrossentropy(bool fromLogits = false, double labelSmoothing = 0.0, int axis = -1) : Loss
{
    /// <summary>Keras' ε for clipping probabilities.</summary>
    public const double Epsilon = 1e-7;

    /// <summary>Whether predictions are logits.</summary>
    public bool FromLogits { get; } = fromLogits;

    /// <summary>The label smoothing factor.</summary>
    public double LabelSmoothing { get; } = labelSmoothing is >= 0 and <= 1 ? labelSmoothing
        : throw new ArgumentOutOfRangeException(nameof(labelSmoothing), labelSmoothing, "labelSmoothing must be in [0, 1].");

    /// <summary>The class axis.</summary>
    public int Axis { get; } = axis;

    /// <inheritdoc/>
    public override string Name => "categorical_crossentropy";

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred)
    {
        if (LabelSmoothing > 0)
        {
            int k = yPred.Shape[Axis];
            yTrue = Ops.Add(Ops.Multiply(yTrue, 1 - LabelSmoothing), Tensor.Scalar(LabelSmoothing / k, yTrue.DType));
        }

        if (FromLogits)
        {
            return Ops.SoftmaxCrossEntropy(yPred, yTrue, Axis);
        }

        Tensor p = Ops.Clip(Ops.Divide(yPred, Ops.Sum(yPred, Axis, keepDims: true)), Epsilon, 1 - Epsilon);
        return Ops.Negate(Ops.Sum(Ops.Multiply(yTrue, Ops.Log(p)), Axis));
    }

    /// <inheritdoc/>
    protected override Tensor PrepareTargets(Tensor yTrue, Tensor yPred)
    {
        if (yTrue.Shape != yPred.Shape)
        {
            throw new ShapeMismatchException($"CategoricalCrossentropy expects one-hot targets of shape {yPred.Shape}, received {yTrue.Shape}. For integer class labels use SparseCategoricalCrossentropy.");
        }

        return yTrue.To(yPred.DType);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["from_logits"] = FromLogits,
        ["label_smoothing"] = LabelSmoothing,
        ["axis"] = Axis,
    };
}
