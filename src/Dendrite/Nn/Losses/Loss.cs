// Loss: how far predictions are from targets. Call returns one value per sample; Compute reduces them
// Keras' way ("sum_over_batch_size"): L = Σ_i w_i · loss_i / batch_size, with w_i = 1 when no sample weights.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>A differentiable measure of prediction error, averaged over the batch.</summary>
/// <remarks>Subclass it (override <see cref="Call"/>) for a custom loss: built from ops, it needs no backward code.</remarks>
public abstract class Loss
{
    /// <summary>The Keras name, e.g. <c>mean_squared_error</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The loss of each sample, shape (batch,) (or (batch, …) reduced over the last axis).</summary>
    /// <param name="yTrue">The targets, already checked and coerced to match <paramref name="yPred"/>.</param>
    /// <param name="yPred">The predictions.</param>
    public abstract Tensor Call(Tensor yTrue, Tensor yPred);

    /// <summary>The batch loss: Σ wᵢ·lossᵢ / batch size (Keras' <c>sum_over_batch_size</c>).</summary>
    /// <param name="yTrue">The targets.</param>
    /// <param name="yPred">The predictions.</param>
    /// <param name="sampleWeight">One weight per sample; default null = all 1.</param>
    /// <exception cref="ShapeMismatchException">The targets do not fit the predictions.</exception>
    public Tensor Compute(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        yTrue = PrepareTargets(yTrue, yPred);
        Tensor perSample = Call(yTrue, yPred);
        int batch = yPred.Rank == 0 ? 1 : yPred.Shape[0];
        if (sampleWeight is not null)
        {
            if (sampleWeight.Size != batch)
            {
                throw new ShapeMismatchException($"{GetType().Name}: sample weights have shape {sampleWeight.Shape}, expected one weight per sample ({batch}).");
            }

            Shape wShape = perSample.Rank <= 1 ? perSample.Shape : new Shape([batch, .. Enumerable.Repeat(1, perSample.Rank - 1)]);
            perSample = Ops.Multiply(perSample, sampleWeight.To(perSample.DType).View(wShape));
        }

        int count = Math.Max(1, perSample.Size);
        return Ops.Multiply(Ops.Sum(perSample), 1.0 / count);
    }

    /// <summary>Checks a whole target tensor against the model's output shape before training starts.</summary>
    /// <param name="yTrue">All targets.</param>
    /// <param name="outputShape">The model's output shape (batch axis ignored).</param>
    /// <exception cref="ShapeMismatchException">The targets do not fit the outputs.</exception>
    /// <exception cref="InvalidTargetException">A target is outside what the loss accepts.</exception>
    public void ValidateTargets(Tensor yTrue, Shape outputShape)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        int n = yTrue.Rank == 0 ? 1 : yTrue.Shape[0];
        PrepareTargets(yTrue, Tensor.Zeros(outputShape.With(0, n)));
    }

    /// <summary>Checks targets against predictions and returns them in the shape <see cref="Call"/> expects.</summary>
    /// <remarks>The default requires equal shapes, allowing (batch,) targets for (batch, 1) predictions as Keras does.</remarks>
    /// <param name="yTrue">The targets.</param>
    /// <param name="yPred">The predictions.</param>
    /// <exception cref="ShapeMismatchException">The shapes do not fit.</exception>
    protected virtual Tensor PrepareTargets(Tensor yTrue, Tensor yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Shape == yPred.Shape)
        {
            return yTrue.To(yPred.DType);
        }

        if (yTrue.Size == yPred.Size && yPred.Rank >= 1 && yTrue.Rank >= 1 && yTrue.Shape[0] == yPred.Shape[0] && (yPred.Shape[^1] == 1 || yTrue.Shape[^1] == 1))
        {
            return yTrue.To(yPred.DType).View(yPred.Shape);
        }

        throw new ShapeMismatchException($"{GetType().Name} expects targets of shape {yPred.Shape} to match the predictions, received targets of shape {yTrue.Shape}.");
    }

    /// <summary>The settings that recreate this loss.</summary>
    public virtual IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
