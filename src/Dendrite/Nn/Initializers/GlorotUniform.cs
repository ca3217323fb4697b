// GlorotUniform (Xavier uniform): W ~ U(-limit, limit),  limit = sqrt(6 / (fan_in + fan_out))
//   = VarianceScaling(scale: 1.0, mode: FanAvg, distribution: Uniform)
// Glorot & Bengio (2010), "Understanding the difficulty of training deep feedforward neural networks".
// The default kernel initializer of Dense, as in Keras.
namespace Dendrite.Nn.Initializers;

/// <summary>Uniform in ±sqrt(6 / (fan_in + fan_out)): Keras' default for kernels.</summary>
/// <remarks><c>limit = sqrt(6 / (fan_in + fan_out))</c>. See https://proceedings.mlr.press/v9/glorot10a.html.</remarks>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class GlorotUniform(int? seed = null) : VarianceScaling(1.0, VarianceScalingMode.FanAvg, VarianceScalingDistribution.Uniform, seed)
{
    /// <inheritdoc/>
    public override string Name => "glorot_uniform";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };
}
