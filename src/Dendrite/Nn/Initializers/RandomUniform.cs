// RandomUniform (Keras): W ~ U(minval, maxval), defaults minval = −0.05, maxval = 0.05.
using Dendrite.Tensors;

namespace Dendrite.Nn.Initializers;

/// <summary>Uniform values in [minval, maxval).</summary>
/// <remarks><c>W ~ U(minval, maxval)</c>.</remarks>
public sealed class RandomUniform : RandomInitializer
{
    /// <summary>Creates a uniform initializer.</summary>
    /// <param name="minval">The inclusive lower bound; default -0.05.</param>
    /// <param name="maxval">The exclusive upper bound, ≥ minval; default 0.05.</param>
    /// <param name="seed">A seed for this initializer's own generator; default null = the layer's generator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or minval &gt; maxval.</exception>
    public RandomUniform(double minval = -0.05, double maxval = 0.05, int? seed = null)
        : base(seed)
    {
        if (!double.IsFinite(minval) || !double.IsFinite(maxval) || minval > maxval)
        {
            throw new ArgumentOutOfRangeException(nameof(maxval), maxval, $"RandomUniform needs finite bounds with minval <= maxval, received minval {minval} and maxval {maxval}.");
        }

        Minval = minval;
        Maxval = maxval;
    }

    /// <summary>The inclusive lower bound.</summary>
    public double Minval { get; }

    /// <summary>The exclusive upper bound.</summary>
    public double Maxval { get; }

    /// <inheritdoc/>
    public override string Name => "random_uniform";

    /// <inheritdoc/>
    protected override Tensor Draw(Shape shape, RandomGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Fill(shape, () => random.Uniform(Minval, Maxval));
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["minval"] = Minval,
        ["maxval"] = Maxval,
    };
}
