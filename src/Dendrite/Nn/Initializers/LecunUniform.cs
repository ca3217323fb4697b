// LecunUniform (Keras): W ~ U(−limit, limit), limit = sqrt(3 / fan_in)
//   = VarianceScaling(scale: 1.0, mode: FanIn, distribution: Uniform)
// LeCun et al. (1998), Efficient BackProp, https://doi.org/10.1007/3-540-49430-8_2
namespace Dendrite.Nn.Initializers;

/// <summary>Uniform in ±sqrt(3 / fan_in).</summary>
/// <remarks><c>limit = sqrt(3 / fan_in)</c>. See LeCun et al. (1998), Efficient BackProp, https://doi.org/10.1007/3-540-49430-8_2.</remarks>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class LecunUniform(int? seed = null) : VarianceScaling(1.0, VarianceScalingMode.FanIn, VarianceScalingDistribution.Uniform, seed)
{
    /// <inheritdoc/>
    public override string Name => "lecun_uniform";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };
}
