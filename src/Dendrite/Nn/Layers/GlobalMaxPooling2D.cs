// GlobalMaxPooling2D: the max over all positions of each channel (Keras 3 keras/src/layers/pooling/global_max_pooling2d.py):
//   x (batch, height, width, channels) → y (batch, channels), or with keepDims the reduced axes kept as 1; shared code in BaseGlobalPooling.cs.

namespace Dendrite.Nn.Layers;

/// <summary>The max over all positions of each channel: (batch, height, width, channels) → (batch, channels).</summary>
/// <remarks><c>y[b, c] = max of x[b, …, c]</c> over the positions; no weights.</remarks>
public sealed class GlobalMaxPooling2D : BaseGlobalPooling
{
    /// <summary>Creates a global max pooling layer.</summary>
    /// <param name="keepDims">Keep the reduced axes with size 1; default false.</param>
    /// <param name="name">Default null = the snake_case class name with a counter.</param>
    public GlobalMaxPooling2D(bool keepDims = false, string? name = null)
        : base(2, true, keepDims, name)
    {
    }
}
