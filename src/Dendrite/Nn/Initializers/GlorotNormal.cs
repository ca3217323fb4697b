// GlorotNormal (Keras): truncated normal, σ = sqrt(2 / (fan_in + fan_out)) after truncation at ±2σ
//   = VarianceScaling(scale: 1.0, mode: FanAvg, distribution: TruncatedNormal)
// Glorot & Bengio (2010), https://proceedings.mlr.press/v9/glorot10a.html
namespace Dendrite.Nn.Initializers;

/// <summary>Truncated normal with standard deviation sqrt(2 / (fan_in + fan_out)) (Xavier normal).</summary>
/// <remarks><c>σ = sqrt(2 / (fan_in + fan_out))</c>, drawn as a normal of <c>σ / 0.87962566103423978</c> truncated at two standard deviations. See Glorot &amp; Bengio (2010), https://proceedings.mlr.press/v9/glorot10a.html.</remarks>
/// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
public sealed class GlorotNormal(int? seed = null) : VarianceScaling(1.0, VarianceScalingMode.FanAvg, VarianceScalingDistribution.TruncatedNormal, seed)
{
    /// <inheritdoc/>
    public override string Name => "glorot_normal";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };
}
