// The part BatchNormalization and LayerNormalization share (Keras gives both the same arguments):
//   y = γ · x̂ + β,   x̂ = (x − μ) / sqrt(σ² + ε),   γ, β of shape (x.shape[axis],)
// with the options for γ (scale) and β (center): on/off, initializer, regularizer, constraint. The base
// checks the axis at build time, creates γ and β, broadcasts them along the axis and writes their config;
// each subclass decides where μ and σ² come from.
using Dendrite.Autodiff;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>The base of the normalization layers: the axis, ε, and the learned scale γ and offset β with their options.</summary>
public abstract class NormalizationLayer : Layer
{
    private Variable? _gamma;
    private Variable? _beta;

    /// <summary>Checks and stores the shared options.</summary>
    /// <param name="axis">The axis γ and β run along.</param>
    /// <param name="epsilon">ε added to the variance, &gt; 0.</param>
    /// <param name="center">Add the learned offset β.</param>
    /// <param name="scale">Multiply by the learned scale γ.</param>
    /// <param name="betaInitializer">Null = <see cref="Zeros"/>.</param>
    /// <param name="gammaInitializer">Null = <see cref="Ones"/>.</param>
    /// <param name="betaRegularizer">A penalty on β, or null.</param>
    /// <param name="gammaRegularizer">A penalty on γ, or null.</param>
    /// <param name="betaConstraint">A projection of β after each optimizer step, or null.</param>
    /// <param name="gammaConstraint">A projection of γ after each optimizer step, or null.</param>
    /// <param name="name">The layer's name, or null for the default.</param>
    private protected NormalizationLayer(
        int axis,
        double epsilon,
        bool center,
        bool scale,
        Initializer? betaInitializer,
        Initializer? gammaInitializer,
        Regularizer? betaRegularizer,
        Regularizer? gammaRegularizer,
        Constraint? betaConstraint,
        Constraint? gammaConstraint,
        string? name)
        : base(name)
    {
        Axis = axis;
        Epsilon = epsilon > 0 && double.IsFinite(epsilon) ? epsilon
            : throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"{GetType().Name} '{Name}' needs a finite epsilon > 0, received {epsilon}.");
        Center = center;
        Scale = scale;
        BetaInitializer = betaInitializer ?? new Zeros();
        GammaInitializer = gammaInitializer ?? new Ones();
        BetaRegularizer = betaRegularizer;
        GammaRegularizer = gammaRegularizer;
        BetaConstraint = betaConstraint;
        GammaConstraint = gammaConstraint;
    }

    /// <summary>The axis γ and β run along (the channel axis of BatchNormalization, the normalized axis of LayerNormalization).</summary>
    public int Axis { get; }

    /// <summary>ε added to the variance.</summary>
    public double Epsilon { get; }

    /// <summary>Whether β is added.</summary>
    public bool Center { get; }

    /// <summary>Whether γ multiplies.</summary>
    public bool Scale { get; }

    /// <summary>β's initializer.</summary>
    public Initializer BetaInitializer { get; }

    /// <summary>γ's initializer.</summary>
    public Initializer GammaInitializer { get; }

    /// <summary>β's regularizer, or null.</summary>
    public Regularizer? BetaRegularizer { get; }

    /// <summary>γ's regularizer, or null.</summary>
    public Regularizer? GammaRegularizer { get; }

    /// <summary>β's constraint, or null.</summary>
    public Constraint? BetaConstraint { get; }

    /// <summary>γ's constraint, or null.</summary>
    public Constraint? GammaConstraint { get; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["axis"] = Axis,
        ["epsilon"] = Epsilon,
        ["center"] = Center,
        ["scale"] = Scale,
        ["beta_initializer"] = InitializerRegistry.Serialize(BetaInitializer),
        ["gamma_initializer"] = InitializerRegistry.Serialize(GammaInitializer),
        ["beta_regularizer"] = BetaRegularizer?.Serialize(),
        ["gamma_regularizer"] = GammaRegularizer?.Serialize(),
        ["beta_constraint"] = BetaConstraint?.Serialize(),
        ["gamma_constraint"] = GammaConstraint?.Serialize(),
    };

    /// <summary>Checks <see cref="Axis"/> against <paramref name="inputShape"/> and creates γ and β; returns the channel shape (channels,).</summary>
    /// <exception cref="ShapeMismatchException">The axis is out of range, the batch axis, or of unknown size.</exception>
    private protected Shape BuildScaleAndCenter(Shape inputShape)
    {
        if (inputShape.Rank < 2 || Axis < -inputShape.Rank || Axis >= inputShape.Rank)
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' has axis {Axis}, which is out of range for input shape {inputShape}; expected an axis in [{-inputShape.Rank}, {inputShape.Rank}) of an input with a batch axis.");
        }

        int axis = inputShape.NormalizeAxis(Axis);
        if (axis == 0 || inputShape[axis] < 1)
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' needs a known, non-batch axis; axis {Axis} of input shape {inputShape} has size {inputShape[axis]}.");
        }

        var shape = new Shape(inputShape[axis]);
        _gamma = Scale ? AddWeight("gamma", shape, GammaInitializer, regularizer: GammaRegularizer, constraint: GammaConstraint) : null;
        _beta = Center ? AddWeight("beta", shape, BetaInitializer, regularizer: BetaRegularizer, constraint: BetaConstraint) : null;
        return shape;
    }

    /// <summary>(1, …, channels, …, 1): the shape that broadcasts a per-channel vector along <paramref name="axis"/> of a rank-<paramref name="rank"/> input.</summary>
    private protected static Shape BroadcastShape(int rank, int axis, int channels)
    {
        var dims = new int[rank];
        Array.Fill(dims, 1);
        dims[axis] = channels;
        return new Shape(dims);
    }

    /// <summary>x̂ · γ + β (each when enabled), with γ and β reshaped to <paramref name="broadcast"/> on the tape.</summary>
    private protected Tensor ScaleAndCenter(Tensor normalized, Shape broadcast)
    {
        Tensor y = normalized;
        if (_gamma is not null)
        {
            y = Ops.Multiply(y, Ops.Reshape(_gamma.Value, broadcast));
        }

        if (_beta is not null)
        {
            y = Ops.Add(y, Ops.Reshape(_beta.Value, broadcast));
        }

        return y;
    }
}
