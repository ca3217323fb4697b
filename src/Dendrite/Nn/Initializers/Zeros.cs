// Zeros: W = 0. The default bias initializer.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>All zeros: Keras' default for biases.</summary>
public sealed class Zeros : Initializer
{
    /// <inheritdoc/>
    public override string Name => "zeros";

    /// <inheritdoc/>
    public override Tensor Initialize(Shape shape, RandomGenerator random) => Tensor.Zeros(shape);
}
