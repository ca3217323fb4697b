// Concatenate (merge): joins its inputs along an axis; the other dimensions must agree.
//   shapes (b, 3) and (b, 5) on axis −1 → (b, 8)
// Backward (from the Concat op): each input gets its slice of the output gradient.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Joins its inputs along an axis (the last by default).</summary>
/// <remarks><c>y = [x_0, x_1, …]</c> along <c>axis</c>; the other dimensions must agree.</remarks>
/// <param name="axis">The axis to join along; default -1. The batch axis 0 is not allowed.</param>
/// <param name="name">Default null = <c>concatenate</c>, <c>concatenate_1</c>, ….</param>
public sealed class Concatenate(int axis = -1, string? name = null) : Merge(name)
{
    /// <summary>The axis the inputs are joined along.</summary>
    public int Axis { get; } = axis;

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        Shape first = inputShapes[0];
        int axis = Axis < 0 ? Axis + first.Rank : Axis;
        if (axis <= 0 || axis >= first.Rank)
        {
            throw new ShapeMismatchException($"Concatenate '{Name}' axis {Axis} is not a feature axis of inputs of shape {first}.");
        }

        int total = 0;
        foreach (Shape s in inputShapes)
        {
            bool ok = s.Rank == first.Rank;
            for (int d = 1; ok && d < s.Rank; d++)
            {
                ok = d == axis || s[d] == first[d];
            }

            if (!ok)
            {
                throw new ShapeMismatchException($"Concatenate '{Name}' needs inputs that agree except on axis {Axis}, received {string.Join(", ", inputShapes)}.");
            }

            total += s[axis];
        }

        return first.With(axis, total);
    }

    /// <inheritdoc/>
    protected override Tensor Combine(IReadOnlyList<Tensor> inputs) => Ops.Concat(inputs, Axis < 0 ? Axis + inputs[0].Rank : Axis);

    /// <inheritdoc/>
    /// <remarks>For inputs that agree except on a feature axis: the copies of Call, into the output buffer.</remarks>
    internal override InferenceStep? CreateInferenceStep(IReadOnlyList<Shape> inputShapes)
    {
        Shape first = inputShapes[0];
        int axis = Axis < 0 ? Axis + first.Rank : Axis;
        if (inputShapes.Count < MinInputs || axis <= 0 || axis >= first.Rank)
        {
            return null;
        }

        int total = 0;
        foreach (Shape s in inputShapes)
        {
            for (int d = 0; d < first.Rank; d++)
            {
                if (s.Rank != first.Rank || (d != axis && s[d] != first[d]))
                {
                    return null;
                }
            }

            total += s[axis];
        }

        return new Step(first.With(axis, total), axis);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig()) { ["axis"] = Axis };

    /// <summary>The inputs copied side by side along the axis.</summary>
    private sealed class Step(Shape shape, int axis) : InferenceStep
    {
        public override Shape OutputShape { get; } = shape;

        public override bool Run(ReadOnlySpan<Tensor> inputs, Tensor y)
        {
            Ops.ConcatInto(inputs, axis, y);
            return true;
        }
    }
}
