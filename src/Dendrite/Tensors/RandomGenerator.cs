// RandomGenerator: xoshiro256** (Blackman & Vigna, 2018), seeded through SplitMix64.
//   state s0..s3 = four successive SplitMix64 outputs of the seed
//   next:  result = rotl(s1 * 5, 7) * 9;  t = s1 << 17;
//          s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
// Uniform doubles take the top 53 bits: (next >> 11) * 2^-53, in [0, 1).
// Normals use Box–Muller: z0 = sqrt(-2 ln u1) cos(2π u2), z1 = sqrt(-2 ln u1) sin(2π u2), u1 in (0, 1];
// z1 is kept for the next call. Integers in [0, n) use Lemire's unbiased multiply-and-reject.
// We own this sequence: the same seed gives the same numbers on every .NET version and OS
// (System.Random's algorithm is not guaranteed across versions, so it is not used).
namespace Dendrite.Tensors;

/// <summary>A seeded, reproducible random number generator (xoshiro256**), the one source of randomness in Dendrite.</summary>
/// <remarks>
/// The same seed yields the same sequence on every platform and .NET version. Not thread-safe: give each
/// consumer its own generator, for example with <see cref="Fork"/>. See https://prng.di.unimi.it/.
/// </remarks>
public sealed class RandomGenerator
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpareNormal;

    /// <summary>Creates a generator from a seed.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal sequences.</param>
    public RandomGenerator(ulong seed)
    {
        ulong sm = seed;
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm);
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
    }

    /// <summary>Creates a generator from a (possibly negative) integer seed.</summary>
    /// <param name="seed">The seed.</param>
    public RandomGenerator(int seed)
        : this(unchecked((ulong)(long)seed))
    {
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="low">The inclusive lower bound.</param>
    /// <param name="high">The exclusive upper bound.</param>
    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>A normally distributed double (Box–Muller).</summary>
    /// <param name="mean">The mean; default 0.</param>
    /// <param name="stddev">The standard deviation; default 1.</param>
    public double Normal(double mean = 0.0, double stddev = 1.0)
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return mean + (stddev * _spareNormal);
        }

        double u1 = 1.0 - NextDouble(); // (0, 1]: log is finite
        double u2 = NextDouble();
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        double theta = 2.0 * Math.PI * u2;
        _spareNormal = r * Math.Sin(theta);
        _hasSpareNormal = true;
        return mean + (stddev * r * Math.Cos(theta));
    }

    /// <summary>A uniform integer in [0, <paramref name="n"/>), without modulo bias.</summary>
    /// <param name="n">The exclusive upper bound, ≥ 1.</param>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ulong bound = (ulong)n;
        ulong threshold = (0UL - bound) % bound;
        while (true)
        {
            ulong hi = Math.BigMul(NextUInt64(), bound, out ulong lo);
            if (lo >= threshold)
            {
                return (int)hi;
            }
        }
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    /// <param name="items">The items to permute.</param>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>The generator's complete state, to restore later with <see cref="SetState"/> (saving a model for exact resumption).</summary>
    public RandomGeneratorState GetState() => new(_s0, _s1, _s2, _s3, _hasSpareNormal ? _spareNormal : null);

    /// <summary>Continues from a state returned by <see cref="GetState"/>: the same numbers follow as after the original call.</summary>
    /// <param name="state">The state to resume.</param>
    /// <exception cref="ArgumentException">All four state words are zero (xoshiro's one invalid state), or the spare normal is not finite.</exception>
    public void SetState(RandomGeneratorState state)
    {
        if ((state.S0 | state.S1 | state.S2 | state.S3) == 0)
        {
            throw new ArgumentException("A RandomGenerator state cannot be all zeros (xoshiro256** would output zeros forever).", nameof(state));
        }

        if (state.SpareNormal is { } spare && !double.IsFinite(spare))
        {
            throw new ArgumentException($"A RandomGenerator state's spare normal must be finite, received {spare}.", nameof(state));
        }

        (_s0, _s1, _s2, _s3) = (state.S0, state.S1, state.S2, state.S3);
        _hasSpareNormal = state.SpareNormal.HasValue;
        _spareNormal = state.SpareNormal ?? 0.0;
    }

    /// <summary>A new generator seeded from this one's next output: independent streams that stay reproducible.</summary>
    public RandomGenerator Fork() => new(NextUInt64());

    /// <summary>Fills a float32 tensor with uniform values in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="low">The inclusive lower bound; default 0.</param>
    /// <param name="high">The exclusive upper bound; default 1.</param>
    public Tensor UniformTensor(Shape shape, double low = 0.0, double high = 1.0)
    {
        Tensor t = Tensor.Zeros(shape);
        Span<float> s = t.AsSpan();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (float)Uniform(low, high);
        }

        return t;
    }

    /// <summary>Fills a float32 tensor with normal values.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="mean">The mean; default 0.</param>
    /// <param name="stddev">The standard deviation; default 1.</param>
    public Tensor NormalTensor(Shape shape, double mean = 0.0, double stddev = 1.0)
    {
        Tensor t = Tensor.Zeros(shape);
        Span<float> s = t.AsSpan();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (float)Normal(mean, stddev);
        }

        return t;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
