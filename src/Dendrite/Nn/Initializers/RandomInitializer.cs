// RandomInitializer: the base of initializers that draw random numbers, as Keras' RandomInitializer.
// Where the numbers come from:
//   seed given:  a fresh RandomGenerator(seed) on every call, so the same seed gives the same values
//                on every call (Keras: "an initializer seeded with an integer will produce the same
//                random values across multiple calls");
//   no seed:     the generator passed in (the layer's, forked from the model's seed).
// Truncated normals re-draw any z with |z| > 2 (two standard deviations), as keras.random.truncated_normal.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>An initializer that draws random values, from its own seed or from the layer's generator.</summary>
/// <remarks>With a <see cref="Seed"/>, every call starts a new generator from it and returns the same values.</remarks>
public abstract class RandomInitializer : Initializer
{
    /// <summary>Creates a random initializer.</summary>
    /// <param name="seed">A seed for this initializer's own generator; default null = draw from the layer's generator.</param>
    protected RandomInitializer(int? seed)
    {
        Seed = seed;
    }

    /// <summary>The seed of this initializer's own generator, or null to use the layer's.</summary>
    public int? Seed { get; }

    /// <inheritdoc/>
    public sealed override Tensor Initialize(Shape shape, RandomGenerator random)
    {
        if (Seed is int seed)
        {
            return Draw(shape, new RandomGenerator(seed));
        }

        ArgumentNullException.ThrowIfNull(random);
        return Draw(shape, random);
    }

    /// <summary>A new float32 tensor of <paramref name="shape"/> drawn from <paramref name="random"/>.</summary>
    /// <param name="shape">The weight's shape.</param>
    /// <param name="random">The generator chosen by <see cref="Initialize"/>.</param>
    protected abstract Tensor Draw(Shape shape, RandomGenerator random);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["seed"] = Seed };

    /// <summary>A float32 tensor whose elements are <paramref name="sample"/>() in row-major order.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="sample">Draws one value.</param>
    protected static Tensor Fill(Shape shape, Func<double> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        Tensor t = Tensor.Zeros(shape);
        Span<float> s = t.AsSpan();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (float)sample();
        }

        return t;
    }

    /// <summary>A normal value with |value − mean| ≤ 2·stddev, re-drawing anything beyond.</summary>
    /// <param name="random">The generator.</param>
    /// <param name="mean">The mean of the untruncated normal.</param>
    /// <param name="stddev">The standard deviation of the untruncated normal.</param>
    protected static double NextTruncatedNormal(RandomGenerator random, double mean, double stddev)
    {
        ArgumentNullException.ThrowIfNull(random);
        double z;
        do
        {
            z = random.Normal();
        }
        while (Math.Abs(z) > 2.0);

        return mean + (stddev * z);
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    private protected static double NonNegative(double value, string paramName, string who)
        => double.IsFinite(value) && value >= 0 ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{who} {paramName} must be finite and >= 0, received {value}.");
}
