// Reshape: each sample's elements in another shape (Keras 3 keras/src/layers/reshaping/reshape.py):
//   x (batch, d1, …) → y (batch, t1, …, tk), row-major, a view (Ops.Reshape); one target dimension may be
//   -1 and is inferred from the sample size. The gradient is dy reshaped back.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Gives each sample another shape with the same number of elements.</summary>
/// <remarks><c>y = reshape(x, (batch,) + targetShape)</c>, row-major; no weights.</remarks>
public sealed class Reshape : Layer
{
    /// <summary>Creates a reshape layer.</summary>
    /// <param name="targetShape">One sample's new shape (no batch axis); one dimension may be -1.</param>
    /// <param name="name">Default null = <c>reshape</c>, <c>reshape_1</c>, ….</param>
    /// <exception cref="ArgumentException">A dimension is 0 or below -1, or more than one is -1.</exception>
    public Reshape(Shape targetShape, string? name = null)
        : base(name)
    {
        int unknown = 0;
        foreach (int d in targetShape.Dims)
        {
            unknown += d == -1 ? 1 : 0;
            if (d == 0 || d < -1)
            {
                throw new ArgumentException($"Reshape '{Name}' needs target dimensions >= 1 (or one -1), received {targetShape}.", nameof(targetShape));
            }
        }

        if (unknown > 1 || targetShape.Rank == 0)
        {
            throw new ArgumentException($"Reshape '{Name}' needs a target shape of rank >= 1 with at most one -1, received {targetShape}.", nameof(targetShape));
        }

        TargetShape = targetShape;
    }

    /// <summary>One sample's new shape (no batch axis); may hold one -1.</summary>
    public Shape TargetShape { get; }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The sample size does not fit the target shape.</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Ops.Reshape(x, ComputeOutputShape(x.Shape).With(0, x.Rank == 0 ? 1 : x.Shape[0]));
    }

    /// <inheritdoc/>
    /// <exception cref="ShapeMismatchException">The sample size does not fit the target shape.</exception>
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        if (inputShape.Rank < 1)
        {
            throw new ShapeMismatchException($"Reshape '{Name}' expects input of shape (batch, …), received {inputShape}.");
        }

        int size = 1;
        for (int i = 1; i < inputShape.Rank; i++)
        {
            size = inputShape[i] < 0 || size < 0 ? -1 : size * inputShape[i];
        }

        int known = 1, unknownAxis = -1;
        for (int i = 0; i < TargetShape.Rank; i++)
        {
            if (TargetShape[i] == -1)
            {
                unknownAxis = i;
            }
            else
            {
                known *= TargetShape[i];
            }
        }

        Shape target = TargetShape;
        if (size >= 0 && ((unknownAxis < 0 && known != size) || (unknownAxis >= 0 && size % known != 0)))
        {
            throw new ShapeMismatchException($"Reshape '{Name}' cannot give samples of shape {inputShape.WithoutBatch()} ({size} elements) the shape {TargetShape}.");
        }

        if (unknownAxis >= 0 && size >= 0)
        {
            target = target.With(unknownAxis, size / known);
        }

        return target.WithBatch(inputShape[0]);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["target_shape"] = TargetShape.ToArray(),
    };
}
