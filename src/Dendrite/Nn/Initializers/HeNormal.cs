// HeNormal (Keras): truncated normal, σ = sqrt(2 / fan_in) after truncation at ±2σ
//   = VarianceScaling(scale: 2.0, mode: FanIn, distribution: TruncatedNormal)
// He et al. (2015), https://arxiv.org/abs/1502.01852
namespace Dendrite.Nn.Initializers;

/// <summary>Truncated normal with standard deviation sqrt(2 / fan_in): for ReLU networks.</summary>
/// <remarks><c>σ = sqrt(2 / fan_in)</c>, drawn as a normal of <c>σ / 0.87962566103423978</c> truncated at two standard deviations. See He et al. (2015), https://arxiv.org/abs/1502.01852.</remarks>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class HeNormal(int? seed = null) : VarianceScaling(2.0, VarianceScalingMode.FanIn, VarianceScalingDistribution.TruncatedNormal, seed)
{
    /// <inheritdoc/>
    public override string Name => "he_normal";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };
}
