// MaxPooling2D: max pooling over (batch, height, width, channels) images (Keras 3 keras/src/layers/pooling/max_pooling2d.py):
//   y[b, i, j, c] = max of the pool window at (i·sh, j·sw); strides default to the pool size; shared code in BasePooling.cs.

namespace Dendrite.Nn.Layers;

/// <summary>Max pooling over (batch, height, width, channels) images.</summary>
/// <remarks><c>y[b, i, j, c] = max(x[b, i·sh : i·sh + ph, j·sw : j·sw + pw, c])</c>; no weights.</remarks>
public sealed class MaxPooling2D : BasePooling
{
    /// <summary>Creates a 2-D max pooling layer.</summary>
    /// <param name="poolSize">The window (height, width); default null = (2, 2).</param>
    /// <param name="strides">The step; default null = <paramref name="poolSize"/>.</param>
    /// <param name="padding">Default <see cref="Padding.Valid"/>; <see cref="Padding.Same"/> keeps ⌈size / stride⌉.</param>
    /// <param name="name">Default null = the snake_case class name with a counter.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size or stride is less than 1.</exception>
    public MaxPooling2D(Size2D? poolSize = null, Size2D? strides = null, Padding padding = Padding.Valid, string? name = null)
        : base(2, true, poolSize ?? 2, strides ?? poolSize ?? 2, padding, name)
    {
    }

    /// <summary>The window (height, width).</summary>
    public Size2D PoolSize => Window;

    /// <summary>The step (height, width).</summary>
    public Size2D Strides => Step;
}
