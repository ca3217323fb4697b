// GaussianDropout (Srivastava et al., 2014, §10), as Keras 3 (keras/src/layers/regularization/gaussian_dropout.py):
//   training:   y = x ⊙ n,   n_i ~ N(1, σ²),   σ = sqrt(rate / (1 − rate))
//   inference:  y = x
// Backward (derived by the tape from the multiply): dx = dy ⊙ n. E[y] = x, so nothing changes at inference;
// the variance rate/(1 − rate) matches that of Bernoulli dropout scaled by 1/(1 − rate).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Multiplies inputs by Gaussian noise of mean 1 while training; the identity at inference.</summary>
/// <remarks><c>y = x · n</c>, <c>n ~ N(1, rate / (1 − rate))</c> when training; <c>y = x</c> otherwise. See https://jmlr.org/papers/v15/srivastava14a.html.</remarks>
public sealed class GaussianDropout : Layer
{
    private readonly RandomGenerator? _seeded;

    /// <inheritdoc/>
    /// <remarks>True: the layer works on each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>Creates a Gaussian dropout layer.</summary>
    /// <param name="rate">The equivalent drop probability, in [0, 1).</param>
    /// <param name="seed">Seeds the noise; default null = draw it from the layer's <see cref="Layer.Random"/>.</param>
    /// <param name="name">Default null = <c>gaussian_dropout</c>, <c>gaussian_dropout_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside [0, 1).</exception>
    public GaussianDropout(double rate, int? seed = null, string? name = null)
        : base(name)
    {
        Rate = rate is >= 0 and < 1 ? rate
            : throw new ArgumentOutOfRangeException(nameof(rate), rate, $"GaussianDropout '{Name}' needs rate in [0, 1), received {rate}.");
        Seed = seed;
        _seeded = seed is { } s ? new RandomGenerator(s) : null;
    }

    /// <summary>The equivalent drop probability.</summary>
    public double Rate { get; }

    /// <summary>The noise seed, or null when noise comes from <see cref="Layer.Random"/>.</summary>
    public int? Seed { get; }

    /// <inheritdoc/>
    /// <remarks>The identity (no noise at inference).</remarks>
    internal override InferenceStep? CreateInferenceStep(Shape inputShape) => InferenceStep.Identity;

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!training || Rate == 0)
        {
            return x;
        }

        return Ops.Multiply(x, Noise.Normal(x, _seeded ?? Random, mean: 1, Math.Sqrt(Rate / (1 - Rate))));
    }

    /// <inheritdoc/>
    internal override IEnumerable<KeyValuePair<string, RandomGenerator>> GetRandomGenerators() =>
        _seeded is null ? base.GetRandomGenerators() : [.. base.GetRandomGenerators(), new("seeded", _seeded)];

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["rate"] = Rate,
        ["seed"] = Seed,
    };
}
