// Conv2DTranspose: the transposed ("deconvolution") 2-D convolution, channels last (Keras 3
// keras/src/layers/convolutional/conv2d_transpose.py): the adjoint of a Conv2D with the same window, so it
// maps (h, w) up to (oh, ow) — as TensorFlow's conv2d_transpose:
//   oh = h·sh + max(dkh − sh, 0) for 'valid', h·sh for 'same' (output_padding None; ConvArithmetic.cs)
//   kernel (kh, kw, filters, cin) — filters before input channels, as Keras   bias (filters,)
//   y = activation(col2im(x · kernelᵀ) + bias)      parameters kh·kw·filters·cin + filters
// The transposed op is Autodiff Ops.Conv2DTranspose; the bias and the activation run as their own ops.
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A transposed 2-D convolution (the adjoint of <see cref="Conv2D"/>), upsampling (batch, height, width, channels) images.</summary>
/// <remarks><c>y = activation(conv2d_transpose(x, kernel) + bias)</c>, kernel (kh, kw, filters, cin); kernel GlorotUniform, bias zeros.</remarks>
public sealed class Conv2DTranspose : BaseConv
{
    /// <summary>Creates a transposed 2-D convolution layer.</summary>
    /// <param name="filters">The number of output channels, ≥ 1.</param>
    /// <param name="kernelSize">The window (height, width); an int means square.</param>
    /// <param name="strides">The upsampling step (height, width); default null = (1, 1).</param>
    /// <param name="padding">Default <see cref="Padding.Valid"/>; <see cref="Padding.Same"/> gives exactly size · stride.</param>
    /// <param name="dilationRate">The spacing of the window's taps; default null = (1, 1).</param>
    /// <param name="activation">Default null = linear.</param>
    /// <param name="useBias">Whether to add a bias; default true.</param>
    /// <param name="kernelInitializer">Default null = <see cref="GlorotUniform"/>.</param>
    /// <param name="biasInitializer">Default null = <see cref="Zeros"/>.</param>
    /// <param name="name">Default null = <c>conv2d_transpose</c>, <c>conv2d_transpose_1</c>, ….</param>
    /// <param name="kernelRegularizer">A penalty on the kernel; default null = none.</param>
    /// <param name="biasRegularizer">A penalty on the bias; default null = none.</param>
    /// <param name="activityRegularizer">A penalty on the output, divided by the batch size; default null = none.</param>
    /// <param name="kernelConstraint">A projection of the kernel after each optimizer step; default null = none.</param>
    /// <param name="biasConstraint">A projection of the bias after each optimizer step; default null = none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size, stride, dilation or filters is less than 1.</exception>
    /// <exception cref="ArgumentException">Strides > 1 with dilation > 1, or causal padding.</exception>
    public Conv2DTranspose(
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

    /// <summary>The upsampling step (height, width).</summary>
    public Size2D Strides => Step;

    /// <summary>The spacing of the window's taps (height, width).</summary>
    public Size2D DilationRate => Dilation;

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not (batch, height, width, channels) with the built channel count.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        Variable kernel = CheckCall(x);
        Shape output = ComputeOutputShape(x.Shape);
        var g = ConvArithmetic.Geometry(output[1], output[2], Filters, Window, Step, Dilation, Padding);
        Tensor y = Ops.Conv2DTranspose(x, kernel.Value, g);
        if (Bias is { } bias)
        {
            y = Ops.Add(y, bias.Value);
        }

        return Activation.Call(y);
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, 4, Layout);
        return new Shape(
            inputShape[0],
            ConvArithmetic.TransposedLength(inputShape[1], Window.Height, Step.Height, Dilation.Height, Padding),
            ConvArithmetic.TransposedLength(inputShape[2], Window.Width, Step.Width, Dilation.Width, Padding),
            Filters);
    }

    private protected override Shape KernelShape(int channels) => new(Window.Height, Window.Width, Filters, channels);
}
