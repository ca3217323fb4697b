// BinaryCrossentropy (targets in {0, 1}, or in [0, 1]):
//   probabilities:  loss = −mean(y log p + (1 − y) log(1 − p), axis=−1),  p clipped to [ε, 1 − ε], ε = 1e-7
//   fromLogits:     loss = mean(max(z, 0) − z·y + log(1 + e^(−|z|)), axis=−1)   (fused, stable; dz = σ(z) − y)
// Label smoothing ls: y ← y (1 − ls) + ls / 2.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>Cross-entropy for binary and multi-label targets, from probabilities or logits.</summary>
/// <remarks><c>loss = −mean(y log p + (1 − y) log(1 − p))</c>; with <c>fromLogits</c> the stable form on z.</remarks>
/// <param name="fromLogits">Whether predictions are logits rather than probabilities; default false.</param>
/// <param name="labelSmoothing">In [0, 1]: y ← y(1 − ls) + ls/2; default 0.</param>
public sealed class BinaryCrossentropy(bool fromLogits = false, double labelSmoothing = 0.0) : Loss
{
    /// <summary>Whether predictions are logits.</summary>
    public bool FromLogits { get; } = fromLogits;

    /// <summary>The label smoothing factor.</summary>
    public double LabelSmoothing { get; } = labelSmoothing is >= 0 and <= 1 ? labelSmoothing
        : throw new ArgumentOutOfRangeException(nameof(labelSmoothing), labelSmoothing, "labelSmoothing must be in [0, 1].");

    /// <inheritdoc/>
    public override string Name => "binary_crossentropy";

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred)
    {
        if (LabelSmoothing > 0)
        {
            yTrue = Ops.Add(Ops.Multiply(yTrue, 1 - LabelSmoothing), Tensor.Scalar(LabelSmoothing / 2, yTrue.DType));
        }

        Tensor elementwise;
        if (FromLogits)
        {
            elementwise = Ops.SigmoidCrossEntropy(yPred, yTrue);
        }
        else
        {
            const double Eps = CategoricalCrossentropy.Epsilon;
            Tensor p = Ops.Clip(yPred, Eps, 1 - Eps);
            Tensor one = Tensor.Scalar(1, p.DType);
            elementwise = Ops.Negate(Ops.Add(Ops.Multiply(yTrue, Ops.Log(p)), Ops.Multiply(Ops.Subtract(one, yTrue), Ops.Log(Ops.Subtract(one, p)))));
        }

        return elementwise.Rank == 0 ? elementwise : Ops.Mean(elementwise, -1);
    }

    /// <inheritdoc/>
    protected override Tensor PrepareTargets(Tensor yTrue, Tensor yPred)
    {
        Tensor t = base.PrepareTargets(yTrue, yPred);
        int bad = -1;
        for (int i = 0; i < t.Size && bad < 0; i++)
        {
            double v = t.GetFlat(i);
            bad = v is >= 0 and <= 1 ? -1 : i;
        }

        if (bad >= 0)
        {
            int cols = t.Rank >= 2 ? t.Size / t.Shape[0] : 1;
            throw new InvalidTargetException($"BinaryCrossentropy expects targets in [0, 1], received {t.GetFlat(bad)} at sample {bad / cols}.");
        }

        return t;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["from_logits"] = FromLogits,
        ["label_smoothing"] = LabelSmoothing,
    };
}
