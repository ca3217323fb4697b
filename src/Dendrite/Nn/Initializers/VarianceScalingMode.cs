// VarianceScalingMode: which fan VarianceScaling divides its scale by (Keras' mode="fan_in" | "fan_out" | "fan_avg").
namespace Dendrite.Nn.Initializers;

/// <summary>The fan that <see cref="VarianceScaling"/> divides its scale by.</summary>
public enum VarianceScalingMode
{
    /// <summary>n = fan_in, the number of input units (Keras <c>"fan_in"</c>).</summary>
    FanIn,

    /// <summary>n = fan_out, the number of output units (Keras <c>"fan_out"</c>).</summary>
    FanOut,

    /// <summary>n = (fan_in + fan_out) / 2 (Keras <c>"fan_avg"</c>).</summary>
    FanAvg,
}
