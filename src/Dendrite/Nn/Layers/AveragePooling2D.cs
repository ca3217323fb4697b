// AveragePooling2D: average pooling over (batch, height, width, channels) images (Keras 3 keras/src/layers/pooling/average_pooling2d.py):
//   y[b, i, j, c] = mean of the pool window at (i·sh, j·sw); strides default to the pool size; shared code in BasePooling.cs.

namespace Dendrite.Nn.Layers;

/// <summary>Average pooling over (batch, height, width, channels) images.</summary>
/// <remarks><c>y[b, i, j, c] = mean(x[b, i·sh : i·sh + ph, j·sw : j·sw + pw, c])</c>; no weights.</remarks>
public sealed class AveragePooling2D : BasePooling
{
    /// <summary>Creates a 2-D average pooling layer.</summary>
    /// <param name="poolSize">The window (height, width); default null = (2, 2).</param>
    /// <param name="strides">The step; default null = <paramref name="poolSize"/>.</param>
    /// <param name="padding">Default <see cref="Padding.Valid"/>; <see cref="Padding.Same"/> keeps ⌈size / stride⌉.</param>
    /// <param name="name">Default null = the snake_case class name with a counter.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size or stride is less than 1.</exception>
    public AveragePooling2D(Size2D? poolSize = null, Size2D? strides = null, Padding padding = Padding.Valid, string? name = null)
        : base(2, false, poolSize ?? 2, strides ?? poolSize ?? 2, padding, name)
    {
    }

    /// <summary>The window (height, width).</summary>
    public Size2D PoolSize => Window;

    /// <summary>The step (height, width).</summary>
    public Size2D Strides => Step;
}
