// HeUniform (Keras): W ~ U(−limit, limit), limit = sqrt(6 / fan_in)
//   = VarianceScaling(scale: 2.0, mode: FanIn, distribution: Uniform)
// He et al. (2015), https://arxiv.org/abs/1502.01852
namespace Dendrite.Nn.Initializers;

/// <summary>Uniform in ±sqrt(6 / fan_in): for ReLU networks.</summary>
/// <remarks><c>limit = sqrt(6 / fan_in)</c>. See He et al. (2015), https://arxiv.org/abs/1502.01852.</remarks>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class HeUniform(int? seed = null) : VarianceScaling(2.0, VarianceScalingMode.FanIn, VarianceScalingDistribution.Uniform, seed)
{
    /// <inheritdoc/>
    public override string Name => "he_uniform";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };
}
