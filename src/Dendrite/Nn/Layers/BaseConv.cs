// BaseConv: what Conv1D, Conv2D and Conv2DTranspose share (Keras 3 keras/src/layers/convolutional/base_conv.py):
// the settings, the weights and the config. Channels last only (Keras' default data_format). A 1-D
// convolution runs as a 2-D one of height 1: x (batch, steps, c) is viewed as (batch, 1, steps, c) and the
// kernel (k, c, filters) as (1, k, c, filters) — reshapes are views, so this costs nothing.
//   y = activation(conv(x, kernel) + bias)   kernel (k…, cin, filters)   bias (filters,)
//   parameters = k_h·k_w·cin·filters + filters
// Defaults as Keras: strides 1, padding valid, dilation 1, no activation, bias on, kernel GlorotUniform,
// bias Zeros; Keras rejects strides > 1 together with dilation > 1, and so do we.
// Linear, ReLU, sigmoid and tanh are fused into the convolution op (like Dense); others run after it.
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>The shared part of the convolution layers: settings, weights and config.</summary>
/// <remarks><c>y = activation(conv(x, kernel) + bias)</c>, channels last.</remarks>
public abstract class BaseConv : Layer
{
    private protected BaseConv(
        int spatialRank, int filters, Size2D kernelSize, Size2D strides, Padding padding, Size2D dilationRate, Activation? activation, bool useBias,
        Initializer? kernelInitializer, Initializer? biasInitializer, string? name, Regularizer? kernelRegularizer, Regularizer? biasRegularizer,
        Regularizer? activityRegularizer, Constraint? kernelConstraint, Constraint? biasConstraint)
        : base(name)
    {
        string what = $"{GetType().Name} '{Name}'";
        ConvArithmetic.RequirePositive(what, "filters", filters);
        ConvArithmetic.RequirePositive(what, "kernelSize", kernelSize.Height, kernelSize.Width);
        ConvArithmetic.RequirePositive(what, "strides", strides.Height, strides.Width);
        ConvArithmetic.RequirePositive(what, "dilationRate", dilationRate.Height, dilationRate.Width);
        if ((strides.Height > 1 || strides.Width > 1) && (dilationRate.Height > 1 || dilationRate.Width > 1))
        {
            throw new ArgumentException($"{what}: strides > 1 cannot be combined with dilationRate > 1 (as in Keras), received strides {strides} and dilationRate {dilationRate}.", nameof(strides));
        }

        if (padding == Padding.Causal && spatialRank != 1)
        {
            throw new ArgumentException($"{what}: causal padding is for Conv1D only.", nameof(padding));
        }

        SpatialRank = spatialRank;
        Filters = filters;
        Window = kernelSize;
        Step = strides;
        Dilation = dilationRate;
        Padding = padding;
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

    /// <summary>The number of output channels.</summary>
    public int Filters { get; }

    /// <summary>How the borders are padded.</summary>
    public Padding Padding { get; }

    /// <summary>The activation applied to conv(x) + bias.</summary>
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

    /// <summary>The kernel; null before <see cref="Build"/>.</summary>
    public Variable? Kernel { get; private set; }

    /// <summary>The bias, shape (filters,); null before build or without bias.</summary>
    public Variable? Bias { get; private set; }

    /// <summary>1 for Conv1D, 2 for the 2-D layers.</summary>
    private protected int SpatialRank { get; }

    /// <summary>The window as 2-D (height 1 for Conv1D).</summary>
    private protected Size2D Window { get; }

    /// <summary>The strides as 2-D.</summary>
    private protected Size2D Step { get; }

    /// <summary>The dilation as 2-D.</summary>
    private protected Size2D Dilation { get; }

    /// <summary>The input layout, for messages.</summary>
    private protected string Layout => SpatialRank == 1 ? "(batch, steps, channels)" : "(batch, height, width, channels)";

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not of rank 3 (Conv1D) or 4 (2-D layers) with known channels, or too small for the window.</exception>
    public override void Build(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, SpatialRank + 2, Layout);
        Shape output = ComputeOutputShape(inputShape);
        for (int i = 1; i <= SpatialRank; i++)
        {
            if (output[i] == 0)
            {
                throw new ShapeMismatchException($"{GetType().Name} '{Name}' input {inputShape} is smaller than its window {(SpatialRank == 1 ? Window.Width : Window)} (dilation {(SpatialRank == 1 ? Dilation.Width : Dilation)}) with padding {ConvArithmetic.PaddingName(Padding)}.");
            }
        }

        Kernel = AddWeight("kernel", KernelShape(inputShape[^1]), KernelInitializer, regularizer: KernelRegularizer, constraint: KernelConstraint);
        Bias = UseBias ? AddWeight("bias", new Shape(Filters), BiasInitializer, regularizer: BiasRegularizer, constraint: BiasConstraint) : null;
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["filters"] = Filters,
        ["kernel_size"] = SpatialRank == 1 ? new[] { Window.Width } : Window.ToArray(),
        ["strides"] = SpatialRank == 1 ? new[] { Step.Width } : Step.ToArray(),
        ["padding"] = ConvArithmetic.PaddingName(Padding),
        ["data_format"] = "channels_last",
        ["dilation_rate"] = SpatialRank == 1 ? new[] { Dilation.Width } : Dilation.ToArray(),
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

    /// <summary>The kernel's shape for <paramref name="channels"/> input channels.</summary>
    private protected abstract Shape KernelShape(int channels);

    /// <summary>Checks a call's input against the layout and the built channel count.</summary>
    private protected Variable CheckCall(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (Kernel is null || InputShape is not { } built)
        {
            throw new InvalidOperationException($"{GetType().Name} '{Name}' is not built; call Build(shape) or Apply(x) first.");
        }

        if (x.Rank != SpatialRank + 2 || x.Shape[^1] != built[^1])
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects input of rank {SpatialRank + 2} {Layout} with {built[^1]} channels; received {x.Shape}.");
        }

        return Kernel;
    }

    /// <summary>y = activation(z): the fused result, or the activation applied after the op when it cannot be fused.</summary>
    private protected Tensor Activate(Func<Kernels.DenseActivation, Tensor> op)
    {
        Kernels.DenseActivation? fused = Dense.FusedActivation(Activation);
        Tensor z = op(fused ?? Kernels.DenseActivation.Linear);
        return fused is null ? Activation.Call(z) : z;
    }

    /// <summary>x viewed as rank 4 (a 1-D input gets height 1).</summary>
    private protected Tensor As4D(Tensor x) => SpatialRank == 1 ? Ops.Reshape(x, new Shape(x.Shape[0], 1, x.Shape[1], x.Shape[2])) : x;
}
