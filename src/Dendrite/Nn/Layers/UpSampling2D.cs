// UpSampling2D: nearest-neighbour upsampling of (batch, h, w, c) images by (sizeH, sizeW) (Keras 3
// keras/src/layers/reshaping/up_sampling2d.py, interpolation 'nearest', the default; bilinear is not offered):
//   y[b, i, j, c] = x[b, ⌊i / sizeH⌋, ⌊j / sizeW⌋, c]    y: (batch, h·sizeH, w·sizeW, c)    (Ops.UpSampleNearest)
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Repeats the rows and columns of (batch, height, width, channels) images (nearest-neighbour upsampling).</summary>
/// <remarks><c>y[b, i, j, c] = x[b, ⌊i / size.Height⌋, ⌊j / size.Width⌋, c]</c>; no weights.</remarks>
public sealed class UpSampling2D : Layer
{
    /// <summary>Creates an upsampling layer.</summary>
    /// <param name="size">The factors (height, width); default null = (2, 2).</param>
    /// <param name="name">Default null = <c>up_sampling2d</c>, <c>up_sampling2d_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">A factor is less than 1.</exception>
    public UpSampling2D(Size2D? size = null, string? name = null)
        : base(name)
    {
        Size = size ?? 2;
        ConvArithmetic.RequirePositive($"UpSampling2D '{Name}'", "size", Size.Height, Size.Width);
    }

    /// <summary>The factors (height, width).</summary>
    public Size2D Size { get; }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not of rank 4.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ComputeOutputShape(x.Shape);
        return Ops.UpSampleNearest(x, Size.Height, Size.Width);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape is not of rank 4.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, 4, "(batch, height, width, channels)");
        return new Shape(inputShape[0], Scale(inputShape[1], Size.Height), Scale(inputShape[2], Size.Width), inputShape[3]);

        static int Scale(int n, int f) => n < 0 ? -1 : n * f;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["size"] = Size.ToArray(),
        ["data_format"] = "channels_last",
        ["interpolation"] = "nearest",
    };
}
