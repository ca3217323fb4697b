// TruncatedNormal (Keras): W ~ N(mean, stddev²) with every value beyond mean ± 2·stddev discarded and re-drawn;
// defaults mean = 0, stddev = 0.05. (The values' standard deviation is therefore ≈ 0.8796 · stddev.)
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Normal values re-drawn when more than two standard deviations from the mean.</summary>
/// <remarks><c>W ~ N(mean, stddev²)</c> conditioned on <c>|W − mean| ≤ 2·stddev</c>.</remarks>
public sealed class TruncatedNormal : RandomInitializer
{
    /// <summary>Creates a truncated normal initializer.</summary>
    /// <param name="mean">The mean; default 0.</param>
    /// <param name="stddev">The standard deviation, ≥ 0; default 0.05.</param>
    /// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">The mean is not finite, or the standard deviation is negative or not finite.</exception>
    public TruncatedNormal(double mean = 0.0, double stddev = 0.05, int? seed = null)
        : base(seed)
    {
        Mean = double.IsFinite(mean) ? mean : throw new ArgumentOutOfRangeException(nameof(mean), mean, "TruncatedNormal mean must be finite.");
        Stddev = NonNegative(stddev, nameof(stddev), "TruncatedNormal");
    }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>The standard deviation (before truncation).</summary>
    public double Stddev { get; }

    /// <inheritdoc/>
    public override string Name => "truncated_normal";

    /// <inheritdoc/>
    protected override Tensor Draw(Shape shape, RandomGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Fill(shape, () => NextTruncatedNormal(random, Mean, Stddev));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["mean"] = Mean,
        ["stddev"] = Stddev,
    };
}
