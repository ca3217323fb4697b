// Merge: the base of layers that combine several inputs of the same shape into one (Keras' Merge):
//   Add: Σ x_i    Subtract: x_0 − x_1    Multiply: Π x_i    Average: Σ x_i / n    Maximum: max_i x_i
// Shapes must be equal apart from the batch axis. Concatenate (which joins along an axis) derives too.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A layer that combines a list of inputs element-wise; apply it to a list: <c>new Add().Apply([a, b])</c>.</summary>
/// <param name="name">Default null = the snake_case type name with a counter.</param>
public abstract class Merge(string? name = null) : Layer(name)
{
    /// <summary>The fewest inputs the layer takes; default 2.</summary>
    protected virtual int MinInputs => 2;

    /// <summary>The most inputs the layer takes; default unlimited.</summary>
    protected virtual int MaxInputs => int.MaxValue;

    /// <summary>Combines the checked inputs.</summary>
    /// <param name="inputs">Between <see cref="MinInputs"/> and <see cref="MaxInputs"/> tensors of compatible shapes.</param>
    protected abstract Tensor Combine(IReadOnlyList<Tensor> inputs);

    /// <inheritdoc/>
    public override void Build(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        CheckCount(inputShapes.Count);
        ComputeOutputShape(inputShapes);
        base.Build(inputShapes[0]);
    }

    /// <summary>Always throws: a merge layer needs a list of inputs.</summary>
    /// <param name="inputShape">The single input shape.</param>
    /// <exception cref="ShapeMismatchException">Always.</exception>
    public override void Build(Shape inputShape) => throw SingleInput();

    /// <inheritdoc/>
    public override Tensor Call(IReadOnlyList<Tensor> inputs, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        CheckCount(inputs.Count);
        ComputeOutputShape(inputs.Select(t => t.Shape.With(0, -1)).ToArray());
        return Combine(inputs);
    }

    /// <summary>Always throws: a merge layer needs a list of inputs.</summary>
    /// <param name="x">The single input.</param>
    /// <param name="training">Unused.</param>
    /// <exception cref="ShapeMismatchException">Always.</exception>
    public override Tensor Call(Tensor x, bool training = false) => throw SingleInput();

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        for (int i = 1; i < inputShapes.Count; i++)
        {
            if (inputShapes[i].WithoutBatch() != inputShapes[0].WithoutBatch())
            {
                throw new ShapeMismatchException($"{GetType().Name} '{Name}' needs inputs of one shape, received {string.Join(", ", inputShapes)}.");
            }
        }

        return inputShapes[0];
    }

    /// <summary>Throws unless <paramref name="count"/> is an allowed number of inputs.</summary>
    /// <param name="count">The number of inputs received.</param>
    protected void CheckCount(int count)
    {
        if (count < MinInputs || count > MaxInputs)
        {
            string expected = MinInputs == MaxInputs ? $"exactly {MinInputs}" : $"at least {MinInputs}";
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' takes {expected} inputs, received {count}.");
        }
    }

    private ShapeMismatchException SingleInput() =>
        new($"{GetType().Name} '{Name}' merges a list of inputs; apply it to a list such as [a, b], not to one tensor.");
}
