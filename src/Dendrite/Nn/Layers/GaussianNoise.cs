// GaussianNoise, as Keras 3 (keras/src/layers/regularization/gaussian_noise.py):
//   training:   y = x + n,   n_i ~ N(0, stddev²)
//   inference:  y = x
// Backward (derived by the tape from the add): dx = dy. Keras accepts stddev in [0, 1] only; so do we.
// The noise comes from RandomGenerator(seed) when a seed is given, else from the layer's Random.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Adds zero-mean Gaussian noise while training (a regularizer); the identity at inference.</summary>
/// <remarks><c>y = x + n</c>, <c>n ~ N(0, stddev²)</c> when training; <c>y = x</c> otherwise.</remarks>
public sealed class GaussianNoise : Layer
{
    private readonly RandomGenerator? _seeded;

    /// <inheritdoc/>
    /// <remarks>True: the layer works on each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>Creates a Gaussian noise layer.</summary>
    /// <param name="stddev">The noise's standard deviation, in [0, 1] (as Keras).</param>
    /// <param name="seed">Seeds the noise; default null = draw it from the layer's <see cref="Layer.Random"/>.</param>
    /// <param name="name">Default null = <c>gaussian_noise</c>, <c>gaussian_noise_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stddev"/> is outside [0, 1].</exception>
    public GaussianNoise(double stddev, int? seed = null, string? name = null)
        : base(name)
    {
        Stddev = stddev is >= 0 and <= 1 ? stddev
            : throw new ArgumentOutOfRangeException(nameof(stddev), stddev, $"GaussianNoise '{Name}' needs stddev in [0, 1], received {stddev}.");
        Seed = seed;
        _seeded = seed is { } s ? new RandomGenerator(s) : null;
    }

    /// <summary>The noise's standard deviation.</summary>
    public double Stddev { get; }

    /// <summary>The noise seed, or null when noise comes from <see cref="Layer.Random"/>.</summary>
    public int? Seed { get; }

    /// <inheritdoc/>
    /// <remarks>The identity (no noise at inference).</remarks>
    internal override InferenceStep? CreateInferenceStep(Shape inputShape) => InferenceStep.Identity;

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!training || Stddev == 0)
        {
            return x;
        }

        return Ops.Add(x, Noise.Normal(x, _seeded ?? Random, mean: 0, Stddev));
    }

    /// <inheritdoc/>
    internal override IEnumerable<KeyValuePair<string, RandomGenerator>> GetRandomGenerators() =>
        _seeded is null ? base.GetRandomGenerators() : [.. base.GetRandomGenerators(), new("seeded", _seeded)];

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["stddev"] = Stddev,
        ["seed"] = Seed,
    };
}
