// ZeroPadding2D: rows of zeros above and below, columns of zeros left and right of (batch, h, w, c) images
// (Keras 3 keras/src/layers/reshaping/zero_padding2d.py; default padding (1, 1); config
// "padding": ((top, bottom), (left, right))):
//   y: (batch, top + h + bottom, left + w + right, c),  y[b, top + i, left + j, c] = x[b, i, j, c], 0 elsewhere
// Two Ops.Pad calls; the gradient is the interior of dy.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Adds rows and columns of zeros around (batch, height, width, channels) images.</summary>
/// <remarks><c>y[b, top + i, left + j, c] = x[b, i, j, c]</c> and 0 in the border; no weights.</remarks>
public sealed class ZeroPadding2D : Layer
{
    /// <summary>Creates a symmetric zero-padding layer.</summary>
    /// <param name="padding">Rows above and below, columns left and right; default null = (1, 1).</param>
    /// <param name="name">Default null = <c>zero_padding2d</c>, <c>zero_padding2d_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">A padding is negative.</exception>
    public ZeroPadding2D(Size2D? padding = null, string? name = null)
        : this((padding ?? 1).Height, (padding ?? 1).Height, (padding ?? 1).Width, (padding ?? 1).Width, name)
    {
    }

    /// <summary>Creates a zero-padding layer with each side given.</summary>
    /// <param name="top">Rows of zeros above.</param>
    /// <param name="bottom">Rows of zeros below.</param>
    /// <param name="left">Columns of zeros on the left.</param>
    /// <param name="right">Columns of zeros on the right.</param>
    /// <param name="name">Default null = <c>zero_padding2d</c>, <c>zero_padding2d_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">A padding is negative.</exception>
    public ZeroPadding2D(int top, int bottom, int left, int right, string? name = null)
        : base(name)
    {
        if (top < 0 || bottom < 0 || left < 0 || right < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(top), $"ZeroPadding2D '{Name}' needs padding >= 0 on every side, received (({top}, {bottom}), ({left}, {right})).");
        }

        (Top, Bottom, Left, Right) = (top, bottom, left, right);
    }

    /// <summary>Rows of zeros above.</summary>
    public int Top { get; }

    /// <summary>Rows of zeros below.</summary>
    public int Bottom { get; }

    /// <summary>Columns of zeros on the left.</summary>
    public int Left { get; }

    /// <summary>Columns of zeros on the right.</summary>
    public int Right { get; }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input is not of rank 4.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ComputeOutputShape(x.Shape);
        return Ops.Pad(Ops.Pad(x, 1, Top, Bottom), 2, Left, Right);
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape is not of rank 4.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        ConvArithmetic.RequireRank(this, inputShape, 4, "(batch, height, width, channels)");
        return new Shape(inputShape[0], Grow(inputShape[1], Top + Bottom), Grow(inputShape[2], Left + Right), inputShape[3]);

        static int Grow(int n, int by) => n < 0 ? -1 : n + by;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["padding"] = new[] { new[] { Top, Bottom }, new[] { Left, Right } },
        ["data_format"] = "channels_last",
    };
}
