// Subtract (merge): y = x_0 − x_1
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Subtracts its second input from its first.</summary>
/// <remarks><c>y = x_0 − x_1</c>; inputs of one shape.</remarks>
/// <param name="name">Default null = the snake_case type name with a counter.</param>
public sealed class Subtract(string? name = null) : Merge(name)
{
    /// <inheritdoc/>
    protected override int MaxInputs => 2;

    /// <inheritdoc/>
    protected override Tensor Combine(IReadOnlyList<Tensor> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Ops.Subtract(inputs[0], inputs[1]);
    }
}
