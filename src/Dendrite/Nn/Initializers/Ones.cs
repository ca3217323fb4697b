// Ones: W = 1.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>All ones.</summary>
public sealed class Ones : Initializer
{
    /// <inheritdoc/>
    public override string Name => "ones";

    /// <inheritdoc/>
    public override Tensor Initialize(Shape shape, RandomGenerator random) => Tensor.Ones(shape);
}
