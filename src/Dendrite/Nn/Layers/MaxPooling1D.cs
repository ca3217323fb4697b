// MaxPooling1D: max pooling over (batch, steps, channels) sequences (Keras 3 keras/src/layers/pooling/max_pooling1d.py):
//   y[b, t, c] = max of x[b, t·s … t·s + pool − 1, c]; strides default to the pool size; shared code in BasePooling.cs.

namespace Dendrite.Nn.Layers;

/// <summary>Max pooling over (batch, steps, channels) sequences.</summary>
/// <remarks><c>y[b, t, c] = max(x[b, t·strides : t·strides + poolSize, c])</c>; no weights.</remarks>
public sealed class MaxPooling1D : BasePooling
{
    /// <summary>Creates a 1-D max pooling layer.</summary>
    /// <param name="poolSize">The window length; default 2.</param>
    /// <param name="strides">The step; default null = <paramref name="poolSize"/>.</param>
    /// <param name="padding">Default <see cref="Padding.Valid"/>; <see cref="Padding.Same"/> keeps ⌈steps / stride⌉.</param>
    /// <param name="name">Default null = the snake_case class name with a counter.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size or stride is less than 1.</exception>
    public MaxPooling1D(int poolSize = 2, int? strides = null, Padding padding = Padding.Valid, string? name = null)
        : base(1, true, (1, poolSize), (1, strides ?? poolSize), padding, name)
    {
    }

    /// <summary>The window length.</summary>
    public int PoolSize => Window.Width;

    /// <summary>The step.</summary>
    public int Strides => Step.Width;
}
