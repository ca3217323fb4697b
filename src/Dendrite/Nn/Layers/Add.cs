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
}
