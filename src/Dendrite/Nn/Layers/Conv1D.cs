// Conv1D: y = activation(conv1d(x, kernel) + bias) over (batch, steps, channels) sequences (Keras 3
// keras/src/layers/convolutional/conv1d.py), with Keras' 'causal' padding: dilation·(kernel − 1) zeros
// before the sequence, so output t depends on inputs ≤ t only.
//   kernel (k, cin, filters)   bias (filters,)   y (batch, steps_out, filters)   parameters k·cin·filters + filters
// Runs as the 2-D op on height 1 (views, no copies; see BaseConv.cs).
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A 1-D convolution over (batch, steps, channels) sequences.</summary>
/// <remarks><c>y[b, t, f] = activation(Σ_{p, c} x[b, t·s + p·d, c] · kernel[p, c, f] + bias[f])</c>; kernel GlorotUniform, bias zeros.</remarks>
public sealed class Conv1D : BaseConv
{
    /// <summary>Creates a 1-D convolution layer.</summary>
    /// <param name="filters">The number of output channels, ≥ 1.</param>
    /// <param name="kernelSize">The window length, ≥ 1.</param>
    /// <param name="strides">The step; default 1.</param>
    /// <param name="padding">Default <see cref="Padding.Valid"/>; also <see cref="Padding.Same"/> and <see cref="Padding.Causal"/>.</param>
    /// <param name="dilationRate">The spacing of the window's taps; default 1.</param>
    /// <param name="activation">Default null = linear.</param>
    /// <param name="useBias">Whether to add a bias; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="name">Default null = <c>conv1d</c>, <c>conv1d_1</c>, ….</param>
    /// <param name="kernelRegularizer">A penalty on the kernel; default null = none.</param>
    /// <param name="biasRegularizer">A penalty on the bias; default null = none.</param>
    /// <param name="activityRegularizer">A penalty on the output, divided by the batch size; default null = none.</param>
    /// <param name="kernelConstraint">A projection of the kernel after each optimizer step; default null = none.</param>
    /// <param name="biasConstraint">A projection of the bias after each optimizer step; default null = none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size, stride, dilation or filters is less than 1.</exception>
    /// <exception cref="ArgumentException">Strides > 1 with dilation > 1.</exception>
    public Conv1D(
        int filters,
        int kernelSize,
        int strides = 1,
        Padding padding = Padding.Valid,
        int dilationRate = 1,
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
        : base(1, filters, (1, kernelSize), (1, strides), padding, (1, dilationRate), activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint)
    {
    }

    /// <summary>The window length.</summary>
    public int KernelSize => Window.Width;

    /// <summary>The step.</summary>
    public int Strides => Step.Width;

    /// <summary>The spacing of the window's taps.</summary>
    public int DilationRate => Dilation.Width;

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not (batch, steps, channels) with the built channel count.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        Variable kernel = CheckCall(x);
        int batch = x.Shape[0], channels = x.Shape[2];
        var g = ConvArithmetic.Geometry(1, x.Shape[1], channels, Window, Step, Dilation, Padding);
        Tensor kernel4 = Ops.Reshape(kernel.Value, new Shape(1, KernelSize, channels, Filters));
        Tensor y = Activate(fused => Ops.Conv2DForward(As4D(x), kernel4, Bias?.Value, g, fused));
        return Ops.Reshape(y, new Shape(batch, g.OutW, Filters));
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, 3, Layout);
        return new Shape(inputShape[0], ConvArithmetic.OutputLength(inputShape[1], KernelSize, Strides, DilationRate, Padding), Filters);
    }

    private protected override Shape KernelShape(int channels) => new(KernelSize, channels, Filters);
}
