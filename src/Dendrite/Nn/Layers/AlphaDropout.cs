// AlphaDropout (Klambauer et al., 2017, self-normalizing networks), as Keras 3
// (keras/src/layers/regularization/alpha_dropout.py). For SELU networks: dropped units are set to SELU's
// negative saturation α' = −λα instead of 0, then an affine map restores zero mean and unit variance:
//   keep_i = [u_i ≥ rate],  u_i ~ U[0, 1)
//   a = ((1 − rate) · (1 + rate · α'²))^(−1/2),   b = −a · α' · rate
//   training:   y = a · (x ⊙ keep + α' · (1 − keep)) + b  =  x ⊙ (a · keep) + (a · α' · (1 − keep) + b)
//   inference:  y = x
// α = 1.6732632423543772, λ = 1.0507009873554805 (SELU's constants). Backward (from the ops): dx = dy · a · keep.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Dropout for SELU networks: keeps the inputs' mean and variance by dropping to SELU's saturation value.</summary>
/// <remarks>
/// <c>y = a·(x·keep + α'·(1 − keep)) + b</c>, <c>α' = −1.7580993408473766</c>, <c>a = ((1 − rate)(1 + rate·α'²))^−½</c>,
/// <c>b = −a·α'·rate</c> when training; <c>y = x</c> otherwise. See https://arxiv.org/abs/1706.02515.
/// </remarks>
public sealed class AlphaDropout : Layer
{
    private const double SeluAlpha = 1.6732632423543772848170429916717;
    private const double SeluScale = 1.0507009873554804934193349852946;

    /// <inheritdoc/>
    /// <remarks>True: the layer works on each step's features alone, so a sequence mask passes through (Keras: <c>supports_masking = True</c>).</remarks>
    public override bool SupportsMasking => true;

    /// <summary>SELU's negative saturation value α' = −λα, the value dropped units take.</summary>
    public const double AlphaPrime = -SeluAlpha * SeluScale;

    private readonly RandomGenerator? _seeded;

    /// <summary>Creates an alpha dropout layer.</summary>
    /// <param name="rate">The fraction of inputs to drop, in [0, 1).</param>
    /// <param name="seed">Seeds the masks; default null = draw them from the layer's <see cref="Layer.Random"/>.</param>
    /// <param name="name">Default null = <c>alpha_dropout</c>, <c>alpha_dropout_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside [0, 1).</exception>
    public AlphaDropout(double rate, int? seed = null, string? name = null)
        : base(name)
    {
        Rate = rate is >= 0 and < 1 ? rate
            : throw new ArgumentOutOfRangeException(nameof(rate), rate, $"AlphaDropout '{Name}' needs rate in [0, 1), received {rate}.");
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

        double a = 1 / Math.Sqrt((1 - Rate) * (1 + (Rate * AlphaPrime * AlphaPrime)));
        double b = -a * AlphaPrime * Rate;
        RandomGenerator random = _seeded ?? Random;
        Tensor scale = Tensor.Zeros(x.Shape, x.DType);
        Tensor shift = Tensor.Zeros(x.Shape, x.DType);
        for (int i = 0; i < scale.Size; i++)
        {
            bool keep = random.NextDouble() >= Rate;
            scale.SetFlat(i, keep ? a : 0);
            shift.SetFlat(i, keep ? b : (a * AlphaPrime) + b);
        }

        return Ops.Add(Ops.Multiply(x, scale), shift);
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
