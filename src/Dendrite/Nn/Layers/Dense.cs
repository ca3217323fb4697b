// Dense (fully connected): y = activation(x · W + b)
//   x: (batch, …, in)   W ("kernel"): (in, units)   b ("bias"): (units,)   y: (batch, …, units)
// Backward: dW = xᵀ · dz,  db = Σ_batch dz,  dx = dz · Wᵀ,  dz = dy ⊙ activation'(z)
// Linear, ReLU, sigmoid and tanh run as one fused op (Ops.DenseForward: GEMM + bias + activation, fused backward,
// bit-identical to the composition); other activations run as their own op after the fused linear part.
// Defaults as Keras: kernel GlorotUniform, bias Zeros, no activation, no regularizers or constraints.
// Regularizers add penalties to Layer.Losses (the activity one on y, per sample); constraints project the
// kernel and bias after each optimizer step.
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A fully connected layer: activation(x · kernel + bias).</summary>
/// <remarks><c>y = activation(x · W + b)</c> with <c>W</c> of shape (in, units). Kernel initialised GlorotUniform, bias zeros.</remarks>
public sealed partial class Dense : Layer
{
    private Variable? _kernel;
    private Variable? _bias;

    /// <inheritdoc/>
    /// <remarks>True: the layer works on each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>Creates a dense layer.</summary>
    /// <param name="units">The number of outputs, ≥ 1.</param>
    /// <param name="activation">The activation; default null = linear.</param>
    /// <param name="useBias">Whether to add a bias; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="name">Default null = <c>dense</c>, <c>dense_1</c>, ….</param>
    /// <param name="kernelRegularizer">A penalty on the kernel; default null = none.</param>
    /// <param name="biasRegularizer">A penalty on the bias; default null = none.</param>
    /// <param name="activityRegularizer">A penalty on the output, divided by the batch size; default null = none.</param>
    /// <param name="kernelConstraint">A projection of the kernel after each optimizer step; default null = none.</param>
    /// <param name="biasConstraint">A projection of the bias after each optimizer step; default null = none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is less than 1.</exception>
    public Dense(
        int units,
        Activation? activation = null,
        bool useBias = true,
        Initializer? kernelInitializer = null,
        Initializer? biasInitializer = null,
        string? name = null,
        Regularizer? kernelRegularizer = null,
        Regularizer? biasRegularizer = null,
        Regularizer? activityRegularizer = null,
        Constraint? kernelConstraint = null,
        Constraint? biasConstraint = null)
        : base(name)
    {
        if (units < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(units), units, $"Dense '{Name}' needs units >= 1, received {units}.");
        }

        Units = units;
        Activation = activation ?? Activation.Linear;
        UseBias = useBias;
        KernelInitializer = kernelInitializer ?? new GlorotUniform();
        BiasInitializer = biasInitializer ?? new Zeros();
        KernelRegularizer = kernelRegularizer;
        BiasRegularizer = biasRegularizer;
        ActivityRegularizer = activityRegularizer;
        KernelConstraint = kernelConstraint;
        BiasConstraint = biasConstraint;
    }

    /// <summary>The number of outputs.</summary>
    public int Units { get; }

    /// <summary>The activation applied to x · W + b.</summary>
    public Activation Activation { get; }

    /// <summary>Whether a bias is added.</summary>
    public bool UseBias { get; }

    /// <summary>The kernel's initializer.</summary>
    public Initializer KernelInitializer { get; }

    /// <summary>The bias's initializer.</summary>
    public Initializer BiasInitializer { get; }

    /// <summary>The kernel's regularizer, or null.</summary>
    public Regularizer? KernelRegularizer { get; }

    /// <summary>The bias's regularizer, or null.</summary>
    public Regularizer? BiasRegularizer { get; }

    /// <summary>The kernel's constraint, or null.</summary>
    public Constraint? KernelConstraint { get; }

    /// <summary>The bias's constraint, or null.</summary>
    public Constraint? BiasConstraint { get; }

    /// <summary>The kernel W, shape (in, units); null before <see cref="Build"/>.</summary>
    public Variable? Kernel => _kernel;

    /// <summary>The bias b, shape (units,); null before build or without bias.</summary>
    public Variable? Bias => _bias;

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        if (inputShape.Rank < 2 || inputShape[^1] < 1)
        {
            throw new ShapeMismatchException($"Dense '{Name}' expects input of shape (batch, …, features) with features >= 1, received shape {inputShape}.");
        }

        _kernel = AddWeight("kernel", new Shape(inputShape[^1], Units), KernelInitializer, regularizer: KernelRegularizer, constraint: KernelConstraint);
        _bias = UseBias ? AddWeight("bias", new Shape(Units), BiasInitializer, regularizer: BiasRegularizer, constraint: BiasConstraint) : null;
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        if (_kernel is null)
        {
            throw new InvalidOperationException($"Dense '{Name}' is not built; call Build(shape) or Apply(x) first.");
        }

        if (x.Rank < 2 || x.Shape[^1] != _kernel.Shape[0])
        {
            throw new ShapeMismatchException($"Dense '{Name}' expects input last dimension {_kernel.Shape[0]}, received shape {x.Shape}.");
        }

        // One fused op (GEMM + bias + activation, fused backward) when the activation is one it supports;
        // any other activation runs as its own op on the fused linear part.
        DenseActivation? fused = FusedActivation(Activation);
        Tensor z = Ops.DenseForward(x, _kernel.Value, _bias?.Value, fused ?? DenseActivation.Linear);
        return fused is null ? Activation.Call(z) : z;
    }

    /// <summary>The activation as the fused op's, or null when the fused op does not support it.</summary>
    internal static DenseActivation? FusedActivation(Activation activation) => activation switch
    {
        Activations.Linear => DenseActivation.Linear,
        Activations.Relu => DenseActivation.Relu,
        Activations.Sigmoid => DenseActivation.Sigmoid,
        Activations.Tanh => DenseActivation.Tanh,
        _ => null,
    };

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape.With(-1, Units);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["units"] = Units,
        ["activation"] = ActivationRegistry.Serialize(Activation),
        ["use_bias"] = UseBias,
        ["kernel_initializer"] = InitializerRegistry.Serialize(KernelInitializer),
        ["bias_initializer"] = InitializerRegistry.Serialize(BiasInitializer),
        ["kernel_regularizer"] = KernelRegularizer?.Serialize(),
        ["bias_regularizer"] = BiasRegularizer?.Serialize(),
        ["activity_regularizer"] = ActivityRegularizer?.Serialize(),
        ["kernel_constraint"] = KernelConstraint?.Serialize(),
        ["bias_constraint"] = BiasConstraint?.Serialize(),
    };
}
