// BatchNormalization (Ioffe & Szegedy, 2015), as Keras 3 (keras/src/layers/normalization/batch_normalization.py):
//   training (and Trainable):  μ, σ² = mean and biased variance of x over every axis but `axis` (the batch statistics)
//                              moving_mean     ← moving_mean · momentum + μ · (1 − momentum)
//                              moving_variance ← moving_variance · momentum + σ² · (1 − momentum)
//   inference (or frozen):     μ, σ² = moving_mean, moving_variance
//   y = γ · (x − μ) / sqrt(σ² + ε) + β
// Weights: gamma (scale), beta (center) trainable; moving_mean, moving_variance non-trainable; all of shape
// (channels,) = (x.shape[axis],). In training the gradient flows through μ and σ² too (the tape derives the full
// batch-norm backward from the ops). A frozen layer (Trainable = false) runs in inference mode, as Keras.
// Keras defaults: axis −1, momentum 0.99, ε 1e-3, center and scale on, β zeros, γ ones, moving mean zeros,
// moving variance ones.
using Dendrite.Autodiff;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Normalizes each channel with batch statistics while training and moving averages of them at inference.</summary>
/// <remarks>
/// <c>y = γ · (x − μ) / sqrt(σ² + ε) + β</c>; μ, σ² are the batch mean and (biased) variance while training, else the
/// moving averages updated as <c>moving ← moving · momentum + batch · (1 − momentum)</c>. See https://arxiv.org/abs/1502.03167.
/// </remarks>
public sealed class BatchNormalization : NormalizationLayer
{
    private Variable? _movingMean;
    private Variable? _movingVariance;

    /// <summary>Creates a batch normalization layer.</summary>
    /// <param name="axis">The channel axis (statistics are per channel, over the other axes); default −1.</param>
    /// <param name="momentum">The moving averages' momentum, in [0, 1]; default 0.99.</param>
    /// <param name="epsilon">ε added to the variance, &gt; 0; default 1e-3.</param>
    /// <param name="center">Add the learned offset β; default true.</param>
    /// <param name="scale">Multiply by the learned scale γ; default true.</param>
    /// <param name="betaInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="gammaInitializer">Default null = <see cref="Ones"/>.</param>
    /// <param name="movingMeanInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="movingVarianceInitializer">Default null = <see cref="Ones"/>.</param>
    /// <param name="betaRegularizer">A penalty on β; default null = none.</param>
    /// <param name="gammaRegularizer">A penalty on γ; default null = none.</param>
    /// <param name="betaConstraint">A projection of β after each optimizer step; default null = none.</param>
    /// <param name="gammaConstraint">A projection of γ after each optimizer step; default null = none.</param>
    /// <param name="name">Default null = <c>batch_normalization</c>, <c>batch_normalization_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="momentum"/> is outside [0, 1] or <paramref name="epsilon"/> is not positive.</exception>
    public BatchNormalization(
        int axis = -1,
        double momentum = 0.99,
        double epsilon = 1e-3,
        bool center = true,
        bool scale = true,
        Initializer? betaInitializer = null,
        Initializer? gammaInitializer = null,
        Initializer? movingMeanInitializer = null,
        Initializer? movingVarianceInitializer = null,
        Regularizer? betaRegularizer = null,
        Regularizer? gammaRegularizer = null,
        Constraint? betaConstraint = null,
        Constraint? gammaConstraint = null,
        string? name = null)
        : base(axis, epsilon, center, scale, betaInitializer, gammaInitializer, betaRegularizer, gammaRegularizer, betaConstraint, gammaConstraint, name)
    {
        Momentum = momentum is >= 0 and <= 1 ? momentum
            : throw new ArgumentOutOfRangeException(nameof(momentum), momentum, $"BatchNormalization '{Name}' needs momentum in [0, 1], received {momentum}.");
        MovingMeanInitializer = movingMeanInitializer ?? new Zeros();
        MovingVarianceInitializer = movingVarianceInitializer ?? new Ones();
    }

    /// <summary>The moving averages' momentum.</summary>
    public double Momentum { get; }

    /// <summary>The moving mean's initializer.</summary>
    public Initializer MovingMeanInitializer { get; }

    /// <summary>The moving variance's initializer.</summary>
    public Initializer MovingVarianceInitializer { get; }

    /// <summary>The moving mean, shape (channels,); null before build.</summary>
    public Variable? MovingMean => _movingMean;

    /// <summary>The moving variance, shape (channels,); null before build.</summary>
    public Variable? MovingVariance => _movingVariance;

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        Shape shape = BuildScaleAndCenter(inputShape);
        _movingMean = AddWeight("moving_mean", shape, MovingMeanInitializer, trainable: false);
        _movingVariance = AddWeight("moving_variance", shape, MovingVarianceInitializer, trainable: false);
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (_movingMean is null || _movingVariance is null)
        {
            throw new InvalidOperationException($"BatchNormalization '{Name}' is not built; call Build(shape) or Apply(x) first.");
        }

        CheckInput(x.Shape);
        int axis = x.Shape.NormalizeAxis(Axis);
        int[] reduced = [.. Enumerable.Range(0, x.Rank).Where(a => a != axis)];
        Shape broadcast = BroadcastShape(x.Rank, axis, _movingMean.Shape[0]);
        Tensor centered;
        Tensor variance;
        if (training && Trainable)
        {
            Tensor mean = Ops.Mean(x, reduced, keepDims: true);
            centered = Ops.Subtract(x, mean);
            variance = Ops.Mean(Ops.Square(centered), reduced, keepDims: true);
            UpdateMoving(_movingMean, mean);
            UpdateMoving(_movingVariance, variance);
        }
        else
        {
            centered = Ops.Subtract(x, _movingMean.Value.To(x.DType).View(broadcast));
            variance = _movingVariance.Value.To(x.DType).View(broadcast);
        }

        Tensor y = Ops.Divide(centered, Ops.Sqrt(Ops.Add(variance, Tensor.Scalar(Epsilon, x.DType))));
        return ScaleAndCenter(y, broadcast);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["momentum"] = Momentum,
        ["moving_mean_initializer"] = InitializerRegistry.Serialize(MovingMeanInitializer),
        ["moving_variance_initializer"] = InitializerRegistry.Serialize(MovingVarianceInitializer),
    };

    /// <summary>moving ← moving · momentum + batch · (1 − momentum), outside the tape.</summary>
    private void UpdateMoving(Variable moving, Tensor batch)
    {
        using var noRecording = new NoRecording();
        Tensor statistic = batch.View(moving.Shape).To(moving.Value.DType);
        moving.Assign(Ops.Add(Ops.Multiply(moving.Value, Momentum), Ops.Multiply(statistic, 1 - Momentum)));
    }
}
