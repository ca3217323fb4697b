// Conv2D: y = activation(conv2d(x, kernel) + bias), channels last (Keras 3 keras/src/layers/convolutional/conv2d.py).
//   x (batch, h, w, cin)   kernel (kh, kw, cin, filters)   bias (filters,)   y (batch, oh, ow, filters)
//   y[b, i, j, f] = Σ_{p, q, c} x[b, i·sh − pt + p·dh, j·sw − pl + q·dw, c] · kernel[p, q, c, f] + bias[f]
//   oh, ow and the pads as Keras (ConvArithmetic.cs); parameters kh·kw·cin·filters + filters.
// Runs as one fused op (im2col + packed GEMM + bias + activation; Autodiff Ops.Conv2DForward); shared
// settings, weights and config in BaseConv.cs.
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A 2-D convolution over (batch, height, width, channels) images.</summary>
/// <remarks><c>y[b, i, j, f] = activation(Σ_{p, q, c} x[b, i·s + p·d, j·s + q·d, c] · kernel[p, q, c, f] + bias[f])</c>; kernel GlorotUniform, bias zeros.</remarks>
public sealed class Conv2D : BaseConv
{
    /// <summary>Creates a 2-D convolution layer.</summary>
    /// <param name="filters">The number of output channels, ≥ 1.</param>
    /// <param name="kernelSize">The window (height, width); an int means square.</param>
    /// <param name="strides">The step (height, width); default null = (1, 1).</param>
    /// <param name="padding">Default <see cref="Padding.Valid"/>; <see cref="Padding.Same"/> keeps ⌈size / stride⌉.</param>
    /// <param name="dilationRate">The spacing of the window's taps; default null = (1, 1).</param>
    /// <param name="activation">Default null = linear.</param>
    /// <param name="useBias">Whether to add a bias; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="name">Default null = <c>conv2d</c>, <c>conv2d_1</c>, ….</param>
    /// <param name="kernelRegularizer">A penalty on the kernel; default null = none.</param>
    /// <param name="biasRegularizer">A penalty on the bias; default null = none.</param>
    /// <param name="activityRegularizer">A penalty on the output, divided by the batch size; default null = none.</param>
    /// <param name="kernelConstraint">A projection of the kernel after each optimizer step; default null = none.</param>
    /// <param name="biasConstraint">A projection of the bias after each optimizer step; default null = none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size, stride, dilation or filters is less than 1.</exception>
    /// <exception cref="ArgumentException">Strides > 1 with dilation > 1, or causal padding.</exception>
    public Conv2D(
        int filters,
        Size2D kernelSize,
        Size2D? strides = null,
        Padding padding = Padding.Valid,
        Size2D? dilationRate = null,
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
        : base(2, filters, kernelSize, strides ?? 1, padding, dilationRate ?? 1, activation, useBias, kernelInitializer, biasInitializer, name, kernelRegularizer, biasRegularizer, activityRegularizer, kernelConstraint, biasConstraint)
    {
    }

    /// <summary>The window (height, width).</summary>
    public Size2D KernelSize => Window;

    /// <summary>The step (height, width).</summary>
    public Size2D Strides => Step;

    /// <summary>The spacing of the window's taps (height, width).</summary>
    public Size2D DilationRate => Dilation;

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not (batch, height, width, channels) with the built channel count.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        Variable kernel = CheckCall(x);
        var g = ConvArithmetic.Geometry(x.Shape[1], x.Shape[2], x.Shape[3], Window, Step, Dilation, Padding);
        return Activate(fused => Ops.Conv2DForward(x, kernel.Value, Bias?.Value, g, fused));
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, 4, Layout);
        return new Shape(
            inputShape[0],
            ConvArithmetic.OutputLength(inputShape[1], Window.Height, Step.Height, Dilation.Height, Padding),
            ConvArithmetic.OutputLength(inputShape[2], Window.Width, Step.Width, Dilation.Width, Padding),
            Filters);
    }

    private protected override Shape KernelShape(int channels) => new(Window.Height, Window.Width, channels, Filters);
}
