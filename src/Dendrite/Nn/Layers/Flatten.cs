// Flatten: (batch, d1, d2, …, dk) → (batch, d1·d2·…·dk), row-major, as a view (no copy).
// Backward (the tape, through Reshape): dx = reshape(dy, x.shape).
// A rank-1 input (batch,) becomes (batch, 1), as in Keras.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Flattens each sample to one axis: (batch, d1, …, dk) → (batch, d1·…·dk).</summary>
/// <remarks><c>y[b, ((i1·d2 + i2)·d3 + …)] = x[b, i1, i2, …]</c>; no weights.</remarks>
public sealed class Flatten : Layer
{
    /// <summary>Creates a flatten layer.</summary>
    /// <param name="name">Default null = <c>flatten</c>, <c>flatten_1</c>, ….</param>
    public Flatten(string? name = null)
        : base(name)
    {
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The input has no batch axis.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        RequireBatchAxis(x.Shape);
        return Ops.Reshape(x, ComputeOutputShape(x.Shape));
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The shape has no batch axis.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        RequireBatchAxis(inputShape);
        int features = 1;
        for (int i = 1; i < inputShape.Rank; i++)
        {
            features = inputShape[i] < 0 || features < 0 ? -1 : features * inputShape[i];
        }

        return new Shape(inputShape[0], features);
    }

    private void RequireBatchAxis(Shape shape)
    {
        if (shape.Rank < 1)
        {
            throw new ShapeMismatchException($"Flatten '{Name}' expects input of shape (batch, …), received shape {shape}.");
        }
    }
}
