// ElementwiseConfig: the short job with a Gelem/s column (elements per nanosecond of mean time).
namespace Dendrite.Benchmarks;

/// <summary>Short job plus a Gelem/s column (the case's Length / mean time).</summary>
public sealed class ElementwiseConfig : ShortRateConfig
{
    /// <summary>The element-wise benchmarks' configuration.</summary>
    public ElementwiseConfig()
        : base("Gelem/s", "elements / mean time", c => Convert.ToDouble(Parameter(c, "Length"), System.Globalization.CultureInfo.InvariantCulture))
    {
    }
}
