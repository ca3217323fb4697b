// VarianceScaling (Keras): draws with variance scale / n, where n depends on the mode:
//   fan_in: n = max(1, fan_in);  fan_out: n = max(1, fan_out);  fan_avg: n = max(1, (fan_in + fan_out) / 2)
//   truncated_normal:    σ = sqrt(scale / n) / 0.87962566103423978, values re-drawn beyond ±2σ
//                        (0.8796… is the standard deviation of a unit normal truncated to [−2, 2], so the
//                        values drawn have standard deviation sqrt(scale / n))
//   untruncated_normal:  σ = sqrt(scale / n)
//   uniform:             U(−limit, limit), limit = sqrt(3 · scale / n)
// Glorot, He and Lecun initializers are this with fixed settings, as in keras/src/initializers/random_initializers.py.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Draws values whose variance is scale / n, n being a fan of the weight's shape.</summary>
/// <remarks>
/// Normal: <c>σ = sqrt(scale / n)</c> (divided by 0.87962566103423978 before truncation at ±2σ);
/// uniform: <c>limit = sqrt(3 · scale / n)</c>.
/// </remarks>
public class VarianceScaling : RandomInitializer
{
    /// <summary>The standard deviation of a unit normal truncated to [−2, 2].</summary>
    public const double TruncatedStddevFactor = .87962566103423978;

    /// <summary>Creates a variance-scaling initializer.</summary>
    /// <param name="scale">The variance numerator, &gt; 0; default 1.</param>
    /// <param name="mode">The fan n divides by; default <see cref="VarianceScalingMode.FanIn"/>.</param>
    /// <param name="distribution">The distribution; default <see cref="VarianceScalingDistribution.TruncatedNormal"/>.</param>
    /// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not positive and finite, or an enum value is undefined.</exception>
    public VarianceScaling(
        double scale = 1.0,
        VarianceScalingMode mode = VarianceScalingMode.FanIn,
        VarianceScalingDistribution distribution = VarianceScalingDistribution.TruncatedNormal,
        int? seed = null)
        : base(seed)
    {
        Scale = scale > 0 && double.IsFinite(scale) ? scale
            : throw new ArgumentOutOfRangeException(nameof(scale), scale, $"VarianceScaling scale must be positive and finite, received {scale}.");
        Mode = Enum.IsDefined(mode) ? mode : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown VarianceScalingMode.");
        Distribution = Enum.IsDefined(distribution) ? distribution
            : throw new ArgumentOutOfRangeException(nameof(distribution), distribution, "Unknown VarianceScalingDistribution.");
    }

    /// <summary>The variance numerator.</summary>
    public double Scale { get; }

    /// <summary>The fan the scale is divided by.</summary>
    public VarianceScalingMode Mode { get; }

    /// <summary>The distribution drawn from.</summary>
    public VarianceScalingDistribution Distribution { get; }

    /// <inheritdoc/>
    public override string Name => "variance_scaling";

    /// <summary>The variance scale / n for a weight of <paramref name="shape"/>.</summary>
    /// <param name="shape">The weight's shape.</param>
    public double Variance(Shape shape)
    {
        var (fanIn, fanOut) = ComputeFans(shape);
        double n = Mode switch
        {
            VarianceScalingMode.FanIn => fanIn,
            VarianceScalingMode.FanOut => fanOut,
            _ => (fanIn + fanOut) / 2.0,
        };
        return Scale / Math.Max(1.0, n);
    }

    /// <inheritdoc/>
    protected override Tensor Draw(Shape shape, RandomGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double variance = Variance(shape);
        switch (Distribution)
        {
            case VarianceScalingDistribution.TruncatedNormal:
                double stddev = Math.Sqrt(variance) / TruncatedStddevFactor;
                return Fill(shape, () => NextTruncatedNormal(random, 0.0, stddev));
            case VarianceScalingDistribution.UntruncatedNormal:
                return Fill(shape, () => random.Normal(0.0, Math.Sqrt(variance)));
            default:
                double limit = Math.Sqrt(3.0 * variance);
                return Fill(shape, () => random.Uniform(-limit, limit));
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["scale"] = Scale,
        ["mode"] = Mode switch
        {
            VarianceScalingMode.FanIn => "fan_in",
            VarianceScalingMode.FanOut => "fan_out",
            _ => "fan_avg",
        },
        ["distribution"] = Distribution switch
        {
            VarianceScalingDistribution.TruncatedNormal => "truncated_normal",
            VarianceScalingDistribution.UntruncatedNormal => "untruncated_normal",
            _ => "uniform",
        },
    };
}
