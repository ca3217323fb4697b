// RandomNormal (Keras): W ~ N(mean, stddev²), defaults mean = 0, stddev = 0.05.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Normal values with the given mean and standard deviation.</summary>
/// <remarks><c>W ~ N(mean, stddev²)</c>.</remarks>
public sealed class RandomNormal : RandomInitializer
{
    /// <summary>Creates a random normal initializer.</summary>
    /// <param name="mean">The mean; default 0.</param>
    /// <param name="stddev">The standard deviation, ≥ 0; default 0.05.</param>
    /// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">The mean is not finite, or the standard deviation is negative or not finite.</exception>
    public RandomNormal(double mean = 0.0, double stddev = 0.05, int? seed = null)
        : base(seed)
    {
        Mean = double.IsFinite(mean) ? mean : throw new ArgumentOutOfRangeException(nameof(mean), mean, "RandomNormal mean must be finite.");
        Stddev = NonNegative(stddev, nameof(stddev), "RandomNormal");
    }

    /// <summary>The mean.</summary>
    public double Mean { get; }

    /// <summary>The standard deviation.</summary>
    public double Stddev { get; }

    /// <inheritdoc/>
    public override string Name => "random_normal";

    /// <inheritdoc/>
    protected override Tensor Draw(Shape shape, RandomGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Fill(shape, () => random.Normal(Mean, Stddev));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["mean"] = Mean,
        ["stddev"] = Stddev,
    };
}
