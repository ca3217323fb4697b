// VarianceScalingDistribution: what VarianceScaling draws from
// (Keras' distribution="truncated_normal" | "untruncated_normal" | "uniform").
namespace Dendrite.Nn.Initializers;

/// <summary>The distribution <see cref="VarianceScaling"/> draws from.</summary>
public enum VarianceScalingDistribution
{
    /// <summary>A normal truncated at two standard deviations, rescaled so that its standard deviation is sqrt(scale / n) (Keras <c>"truncated_normal"</c>).</summary>
    TruncatedNormal,

    /// <summary>A normal with standard deviation sqrt(scale / n) (Keras <c>"untruncated_normal"</c>).</summary>
    UntruncatedNormal,

    /// <summary>Uniform in ±sqrt(3 · scale / n) (Keras <c>"uniform"</c>).</summary>
    Uniform,
}
