// LayerNormalization (Ba, Kiros & Hinton, 2016), as Keras 3 (keras/src/layers/normalization/layer_normalization.py
// and ops.layer_normalization):
//   μ, σ² = mean and biased variance of x over `axis`, separately for every sample (and every other position)
//   y = γ · (x − μ) / sqrt(σ² + ε) + β          γ, β of shape (x.shape[axis],)
// The same computation in training and inference (no moving statistics). The gradient flows through μ and σ².
// Keras defaults: axis −1, ε 1e-3, center and scale on, β zeros, γ ones.
using Dendrite.Autodiff;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Normalizes each sample over its feature axis, then scales and shifts it.</summary>
/// <remarks><c>y = γ · (x − μ) / sqrt(σ² + ε) + β</c> with μ, σ² the mean and variance over <see cref="NormalizationLayer.Axis"/> of each sample. See https://arxiv.org/abs/1607.06450.</remarks>
public sealed class LayerNormalization : NormalizationLayer
{
    /// <inheritdoc/>
    /// <remarks>True: the layer normalizes each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>Creates a layer normalization layer.</summary>
    /// <param name="axis">The axis normalized over; default −1 (the features).</param>
    /// <param name="epsilon">ε added to the variance, &gt; 0; default 1e-3.</param>
    /// <param name="center">Add the learned offset β; default true.</param>
    /// <param name="scale">Multiply by the learned scale γ; default true.</param>
    /// <param name="betaInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="gammaInitializer">Default null = <see cref="Ones"/>.</param>
    /// <param name="betaRegularizer">A penalty on β; default null = none.</param>
    /// <param name="gammaRegularizer">A penalty on γ; default null = none.</param>
    /// <param name="betaConstraint">A projection of β after each optimizer step; default null = none.</param>
    /// <param name="gammaConstraint">A projection of γ after each optimizer step; default null = none.</param>
    /// <param name="name">Default null = <c>layer_normalization</c>, <c>layer_normalization_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epsilon"/> is not positive.</exception>
    public LayerNormalization(
        int axis = -1,
        double epsilon = 1e-3,
        bool center = true,
        bool scale = true,
        Initializer? betaInitializer = null,
        Initializer? gammaInitializer = null,
        Regularizer? betaRegularizer = null,
        Regularizer? gammaRegularizer = null,
        Constraint? betaConstraint = null,
        Constraint? gammaConstraint = null,
        string? name = null)
        : base(axis, epsilon, center, scale, betaInitializer, gammaInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, name)
    {
    }

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        BuildScaleAndCenter(inputShape);
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!Built || InputShape is not { } built)
        {
            throw new InvalidOperationException($"LayerNormalization '{Name}' is not built; call Build(shape) or Apply(x) first.");
        }

        CheckInput(x.Shape);
        int axis = x.Shape.NormalizeAxis(Axis);
        Tensor mean = Ops.Mean(x, [axis], keepDims: true);
        Tensor centered = Ops.Subtract(x, mean);
        Tensor variance = Ops.Mean(Ops.Square(centered), [axis], keepDims: true);
        Tensor y = Ops.Divide(centered, Ops.Sqrt(Ops.Add(variance, Tensor.Scalar(Epsilon, x.DType))));
        return ScaleAndCenter(y, BroadcastShape(x.Rank, axis, built[axis]));
    }

}
