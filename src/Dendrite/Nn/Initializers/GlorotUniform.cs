// GlorotUniform (Xavier uniform): W ~ U(-limit, limit),  limit = sqrt(6 / (fan_in + fan_out))
// Glorot & Bengio (2010), "Understanding the difficulty of training deep feedforward neural networks".
// The default kernel initializer of Dense, as in Keras.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Uniform in ±sqrt(6 / (fan_in + fan_out)): Keras' default for kernels.</summary>
/// <remarks><c>limit = sqrt(6 / (fan_in + fan_out))</c>. See https://proceedings.mlr.press/v9/glorot10a.html.</remarks>
public sealed class GlorotUniform : Initializer
{
    /// <inheritdoc/>
    public override string Name => "glorot_uniform";

    /// <inheritdoc/>
    public override Tensor Initialize(Shape shape, RandomGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (fanIn, fanOut) = ComputeFans(shape);
        double limit = Math.Sqrt(6.0 / Math.Max(1.0, fanIn + fanOut));
        return random.UniformTensor(shape, -limit, limit);
    }
}
