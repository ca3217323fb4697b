// Dropout (inverted; Srivastava et al., 2014):
//   training:      y = x ⊙ m / (1 − rate),   m_i ~ Bernoulli(1 − rate)   (kept when u_i ≥ rate, u_i ~ U[0, 1))
//   inference:     y = x
// Backward (derived by the tape from the multiply): dx = dy ⊙ m / (1 − rate).
// Scaling by 1/(1 − rate) while training keeps E[y] = x, so nothing changes at inference.
// The mask comes from RandomGenerator(seed) when a seed is given, else from the layer's Random (forked
// from the model's seed at build), so the same seeds give the same masks.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Randomly zeroes inputs while training, scaling the kept ones by 1 / (1 − rate).</summary>
/// <remarks>
/// <c>y = x · m / (1 − rate)</c> with <c>m ~ Bernoulli(1 − rate)</c> when training; <c>y = x</c> otherwise.
/// See https://jmlr.org/papers/v15/srivastava14a.html.
/// </remarks>
public sealed class Dropout : Layer
{
    private readonly RandomGenerator? _seeded;

    /// <inheritdoc/>
    /// <remarks>True: the layer works on each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>Creates a dropout layer.</summary>
    /// <param name="rate">The fraction of inputs to drop, in [0, 1).</param>
    /// <param name="seed">Seeds the masks; default null = draw them from the layer's <see cref="Layer.Random"/>.</param>
    /// <param name="name">Default null = <c>dropout</c>, <c>dropout_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside [0, 1).</exception>
    public Dropout(double rate, int? seed = null, string? name = null)
        : base(name)
    {
        if (!(rate is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"Dropout '{Name}' needs rate in [0, 1), received {rate}.");
        }

        Rate = rate;
        Seed = seed;
        _seeded = seed is { } s ? new RandomGenerator(s) : null;
    }

    /// <summary>The fraction of inputs dropped while training.</summary>
    public double Rate { get; }

    /// <summary>The mask seed, or null when masks come from <see cref="Layer.Random"/>.</summary>
    public int? Seed { get; }

    /// <inheritdoc/>
    /// <remarks>The identity (dropout is off at inference).</remarks>
    internal override InferenceStep? CreateInferenceStep(Shape inputShape) => InferenceStep.Identity;

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!training || Rate == 0)
        {
            return x;
        }

        RandomGenerator random = _seeded ?? Random;
        double scale = 1.0 / (1.0 - Rate);
        Tensor mask = Tensor.Zeros(x.Shape, x.DType);
        for (int i = 0; i < mask.Size; i++)
        {
            if (random.NextDouble() >= Rate)
            {
                mask.SetFlat(i, scale);
            }
        }

        return Ops.Multiply(x, mask);
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
