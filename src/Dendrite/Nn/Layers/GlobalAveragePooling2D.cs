// GlobalAveragePooling2D: the mean over all positions of each channel (Keras 3 keras/src/layers/pooling/global_average_pooling2d.py):
//   x (batch, height, width, channels) → y (batch, channels), or with keepDims the reduced axes kept as 1; shared code in BaseGlobalPooling.cs.

namespace Dendrite.Nn.Layers;

/// <summary>The mean over all positions of each channel: (batch, height, width, channels) → (batch, channels).</summary>
/// <remarks><c>y[b, c] = mean of x[b, …, c]</c> over the positions; no weights.</remarks>
public sealed class GlobalAveragePooling2D : BaseGlobalPooling
{
    /// <summary>Creates a global mean pooling layer.</summary>
    /// <param name="keepDims">Keep the reduced axes with size 1; default false.</param>
    /// <param name="name">Default null = the snake_case class name with a counter.</param>
    public GlobalAveragePooling2D(bool keepDims = false, string? name = null)
        : base(2, false, keepDims, name)
    {
    }
}
