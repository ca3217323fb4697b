// Average (merge): y = (x_0 + … + x_(n−1)) / n
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Averages its inputs element-wise.</summary>
/// <remarks><c>y = (x_0 + … + x_(n−1)) / n</c>; inputs of one shape.</remarks>
/// <param name="name">Default null = the snake_case type name with a counter.</param>
public sealed class Average(string? name = null) : Merge(name)
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

        return Ops.Multiply(y, 1.0 / inputs.Count);
    }
}
