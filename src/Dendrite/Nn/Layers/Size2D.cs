// Size2D: a (height, width) pair for the 2-D layers' kernel sizes, strides, dilations and pool sizes. As in
// Keras, one integer means the same value on both axes: `kernelSize: 3` or `kernelSize: (3, 5)`.
namespace Dendrite.Nn.Layers;

/// <summary>A (height, width) pair; an <see cref="int"/> converts to the same value on both axes.</summary>
/// <param name="Height">The value along the rows.</param>
/// <param name="Width">The value along the columns.</param>
public readonly record struct Size2D(int Height, int Width)
{
    /// <summary>The same value on both axes: <c>3</c> → (3, 3).</summary>
    /// <param name="size">The value.</param>
    public static implicit operator Size2D(int size) => new(size, size);

    /// <summary>A (height, width) tuple: <c>(3, 5)</c>.</summary>
    /// <param name="size">The pair.</param>
    public static implicit operator Size2D((int Height, int Width) size) => new(size.Height, size.Width);

    /// <summary>The pair as <c>[height, width]</c>, as Keras writes it in a config.</summary>
    public int[] ToArray() => [Height, Width];

    /// <inheritdoc/>
    public override string ToString() => $"({Height}, {Width})";
}
