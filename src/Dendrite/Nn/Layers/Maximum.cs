// Maximum (merge): y = max(x_0, …, x_(n−1))
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>The element-wise maximum of its inputs.</summary>
/// <remarks><c>y = max(x_0, …, x_(n−1))</c>; inputs of one shape.</remarks>
/// <param name="name">Default null = the snake_case type name with a counter.</param>
public sealed class Maximum(string? name = null) : Merge(name)
{
    /// <inheritdoc/>
    protected override Tensor Combine(IReadOnlyList<Tensor> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Tensor y = inputs[0];
        for (int i = 1; i < inputs.Count; i++)
        {
            y = Ops.Maximum(y, inputs[i]);
        }

        return y;
    }
}
