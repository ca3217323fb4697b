// Cropping2D: removes rows above and below, columns left and right of (batch, h, w, c) images (Keras 3
// keras/src/layers/reshaping/cropping2d.py; default cropping ((0, 0), (0, 0)); config
// "cropping": ((top, bottom), (left, right))):
//   y: (batch, h − top − bottom, w − left − right, c),  y[b, i, j, c] = x[b, top + i, left + j, c]
// Two Ops.Slice calls; the gradient puts dy back into the interior, zeros in the cropped border.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Removes rows and columns at the borders of (batch, height, width, channels) images.</summary>
/// <remarks><c>y[b, i, j, c] = x[b, top + i, left + j, c]</c>; no weights.</remarks>
public sealed class Cropping2D : Layer
{
    /// <summary>Creates a symmetric cropping layer.</summary>
    /// <param name="cropping">Rows removed above and below, columns left and right; default null = (0, 0).</param>
    /// <param name="name">Default null = <c>cropping2d</c>, <c>cropping2d_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">A cropping is negative.</exception>
    public Cropping2D(Size2D? cropping = null, string? name = null)
        : this((cropping ?? 0).Height, (cropping ?? 0).Height, (cropping ?? 0).Width, (cropping ?? 0).Width, name)
    {
    }

    /// <summary>Creates a cropping layer with each side given.</summary>
    /// <param name="top">Rows removed above.</param>
    /// <param name="bottom">Rows removed below.</param>
    /// <param name="left">Columns removed on the left.</param>
    /// <param name="right">Columns removed on the right.</param>
    /// <param name="name">Default null = <c>cropping2d</c>, <c>cropping2d_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">A cropping is negative.</exception>
    public Cropping2D(int top, int bottom, int left, int right, string? name = null)
        : base(name)
    {
        if (top < 0 || bottom < 0 || left < 0 || right < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(top), $"Cropping2D '{Name}' needs cropping >= 0 on every side, received (({top}, {bottom}), ({left}, {right})).");
        }

        (Top, Bottom, Left, Right) = (top, bottom, left, right);
    }

    /// <summary>Rows removed above.</summary>
    public int Top { get; }

    /// <summary>Rows removed below.</summary>
    public int Bottom { get; }

    /// <summary>Columns removed on the left.</summary>
    public int Left { get; }

    /// <summary>Columns removed on the right.</summary>
    public int Right { get; }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not of rank 4 or is not larger than the cropping.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        Shape y = ComputeOutputShape(x.Shape);
        return Ops.Slice(Ops.Slice(x, 1, Top, y[1]), 2, Left, y[2]);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape is not of rank 4 or is not larger than the cropping.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, 4, "(batch, height, width, channels)");
        int h = inputShape[1] < 0 ? -1 : inputShape[1] - Top - Bottom;
        int w = inputShape[2] < 0 ? -1 : inputShape[2] - Left - Right;
        if (h == 0 || w == 0 || h < -1 || w < -1 || (h < 0 && inputShape[1] >= 0) || (w < 0 && inputShape[2] >= 0))
        {
            throw new ShapeMismatchException($"Cropping2D '{Name}' crops ({Top}, {Bottom}) rows and ({Left}, {Right}) columns, which leaves nothing of input {inputShape}.");
        }

        return new Shape(inputShape[0], h, w, inputShape[3]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["cropping"] = new[] { new[] { Top, Bottom }, new[] { Left, Right } },
        ["data_format"] = "channels_last",
    };
}
