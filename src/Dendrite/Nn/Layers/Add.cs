// Add (merge): y = x_0 + x_1 + … + x_(n−1)
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Adds its inputs element-wise.</summary>
/// <remarks><c>y = x_0 + x_1 + … + x_(n−1)</c>; inputs of one shape.</remarks>
/// <param name="name">Default null = the snake_case type name with a counter.</param>
public sealed class Add(string? name = null) : Merge(name)
{
    /// <inheritdoc/>
    protected override Tensor Combine(IReadOnlyList<Tensor> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Tensor y = inputs[0];
        for (int i = 1; i < inputs.Count; i++)
        {
            y = Ops.Add(y, inputs[i]);
        }

        return y;
    }

    /// <inheritdoc/>
    /// <remarks>For float32 inputs of one shape: the sums of Call, accumulated in the output buffer.</remarks>
    internal override InferenceStep? CreateInferenceStep(IReadOnlyList<Shape> inputShapes)
    {
        for (int i = 1; i < inputShapes.Count; i++)
        {
            if (inputShapes[i] != inputShapes[0])
            {
                return null;
            }
        }

        return inputShapes.Count >= MinInputs ? new Step(inputShapes[0]) : null;
    }

    /// <summary>y = x_0 + x_1, then y += x_i: the additions of Combine in its order.</summary>
    private sealed class Step(Shape shape) : InferenceStep
    {
        public override Shape OutputShape { get; } = shape;

        public override bool Run(ReadOnlySpan<Tensor> inputs, Tensor y)
        {
            Ops.AddInto(inputs[0], inputs[1], y);
            for (int i = 2; i < inputs.Length; i++)
            {
                Ops.AddInto(y, inputs[i], y);
            }

            return true;
        }
    }
}
