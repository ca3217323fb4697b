// LecunNormal (Keras): truncated normal, σ = sqrt(1 / fan_in) after truncation at ±2σ
//   = VarianceScaling(scale: 1.0, mode: FanIn, distribution: TruncatedNormal)
// Klambauer et al. (2017), https://arxiv.org/abs/1706.02515
namespace Dendrite.Nn.Initializers;

/// <summary>Truncated normal with standard deviation sqrt(1 / fan_in): for SELU networks.</summary>
/// <remarks><c>σ = sqrt(1 / fan_in)</c>, drawn as a normal of <c>σ / 0.87962566103423978</c> truncated at two standard deviations. See Klambauer et al. (2017), https://arxiv.org/abs/1706.02515.</remarks>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class LecunNormal(int? seed = null) : VarianceScaling(1.0, VarianceScalingMode.FanIn, VarianceScalingDistribution.TruncatedNormal, seed)
{
    /// <inheritdoc/>
    public override string Name => "lecun_normal";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };
}
