using Dendrite.Tensors;

namespace Dendrite.Tests.Tensors;

public class RandomGeneratorTests
{
    // The first outputs of xoshiro256** seeded with 42 through SplitMix64. Pinned: changing them changes
    // every initial weight of every model, so it must be a deliberate, visible decision.
    private static readonly ulong[] s_seed42 =
    [
        0x15780B2E0C2EC716UL, 0x6104D9866D113A7EUL, 0xAE17533239E499A1UL,
        0xECB8AD4703B360A1UL, 0xFDE6DC7FE2EC5E64UL, 0xC50DA53101795238UL,
    ];

    [Fact]
    public void ReferenceSplitMix64_MatchesThePublishedVector()
    {
        // splitmix64.c (Vigna) from state 0.
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, Reference.SplitMix64(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, Reference.SplitMix64(ref state));
        Assert.Equal(0x06C45D188009454FUL, Reference.SplitMix64(ref state));
        Assert.Equal(0xF88BB8A8724C81ECUL, Reference.SplitMix64(ref state));
    }

    [Fact]
    public void Seed42_MatchesTheReferenceAlgorithmAndThePinnedConstants()
    {
        var reference = new Reference(42);
        var rng = new RandomGenerator(42UL);
        foreach (ulong expected in s_seed42)
        {
            Assert.Equal(expected, reference.Next());
            Assert.Equal(expected, rng.NextUInt64());
        }
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(0xDEADBEEFUL)]
    [InlineData(ulong.MaxValue)]
    public void AnySeed_MatchesTheReferenceFor1000Outputs(ulong seed)
    {
        var reference = new Reference(seed);
        var rng = new RandomGenerator(seed);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(reference.Next(), rng.NextUInt64());
        }
    }

    [Fact]
    public void NextDouble_IsTheTop53Bits()
    {
        var rng = new RandomGenerator(42);
        Assert.Equal(0.08386297105988216, rng.NextDouble());
        Assert.Equal(0.3789802506626686, rng.NextDouble());
        Assert.Equal((s_seed42[2] >> 11) * Math.ScaleB(1.0, -53), rng.NextDouble());
    }

    [Fact]
    public void UniformTensor_Seed42_IsPinned()
    {
        // The same seed gives the same weights: float32 rounding of low + (high - low) * u.
        Tensor t = new RandomGenerator(42).UniformTensor(new Shape(2, 3), -1, 1);
        var reference = new Reference(42);
        for (int i = 0; i < 6; i++)
        {
            double u = (reference.Next() >> 11) * Math.ScaleB(1.0, -53);
            Assert.Equal((float)(-1 + (2 * u)), t.GetFlat(i));
        }

        Assert.Equal((float)(-1 + (2 * 0.08386297105988216)), t[0, 0]);
    }

    [Fact]
    public void IntSeed_IsSignExtended()
    {
        var a = new RandomGenerator(-1);
        var b = new RandomGenerator(ulong.MaxValue);
        Assert.Equal(b.NextUInt64(), a.NextUInt64());
        Assert.Equal(new RandomGenerator(42UL).NextUInt64(), new RandomGenerator(42).NextUInt64());
    }

    [Fact]
    public void SameSeed_SameSequence_DifferentSeed_DifferentSequence()
    {
        var a = new RandomGenerator(7);
        var b = new RandomGenerator(7);
        var c = new RandomGenerator(8);
        int equalToC = 0;
        for (int i = 0; i < 100; i++)
        {
            double x = a.Normal();
            Assert.Equal(x, b.Normal());
            equalToC += x == c.Normal() ? 1 : 0;
        }

        Assert.Equal(0, equalToC);
        Assert.Equal(new RandomGenerator(3).NormalTensor(new Shape(5, 5)).ToArray(), new RandomGenerator(3).NormalTensor(new Shape(5, 5)).ToArray());
    }

    [Fact]
    public void Uniform_HasTheRightMeanAndVariance()
    {
        var rng = new RandomGenerator(2024);
        const int N = 100_000;
        double sum = 0, sumSq = 0, min = double.MaxValue, max = double.MinValue;
        for (int i = 0; i < N; i++)
        {
            double u = rng.Uniform(-2, 4);
            sum += u;
            sumSq += u * u;
            min = Math.Min(min, u);
            max = Math.Max(max, u);
        }

        double mean = sum / N;
        double variance = (sumSq / N) - (mean * mean);
        Assert.InRange(mean, 1 - 0.03, 1 + 0.03);               // se = sqrt(3) / sqrt(N) ≈ 0.0055
        Assert.InRange(variance, 3 - 0.05, 3 + 0.05);           // (b - a)² / 12 = 3
        Assert.True(min >= -2 && max < 4, $"range [{min}, {max}]");
        Assert.True(min < -1.99 && max > 3.99);
    }

    [Fact]
    public void Normal_HasTheRightMeanAndStd()
    {
        var rng = new RandomGenerator(99);
        const int N = 100_000;
        double sum = 0, sumSq = 0;
        int beyond3 = 0;
        for (int i = 0; i < N; i++)
        {
            double z = rng.Normal(3, 2);
            sum += z;
            sumSq += z * z;
            beyond3 += Math.Abs(z - 3) > 6 ? 1 : 0;
        }

        double mean = sum / N;
        double std = Math.Sqrt((sumSq / N) - (mean * mean));
        Assert.InRange(mean, 3 - 0.03, 3 + 0.03);   // se ≈ 0.0063
        Assert.InRange(std, 2 - 0.03, 2 + 0.03);    // se ≈ 0.0045
        Assert.InRange(beyond3, 200, 340);          // P(|z| > 3) = 0.27%
    }

    [Fact]
    public void NextInt_StaysInRangeAndIsUniform()
    {
        var rng = new RandomGenerator(5);
        const int K = 7, N = 70_000;
        var counts = new int[K];
        for (int i = 0; i < N; i++)
        {
            counts[rng.NextInt(K)]++;
        }

        double expected = (double)N / K;
        double chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 < 22.46, $"chi² = {chi2} (6 dof, p = 0.001 at 22.46); counts {string.Join(", ", counts)}");

        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(0, rng.NextInt(1));
            Assert.InRange(rng.NextInt(int.MaxValue), 0, int.MaxValue - 1);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(0));
    }

    [Fact]
    public void NextInt_LargeBound_HasNoModuloBias()
    {
        // n = 3·2^29: reducing a 32-bit draw modulo n would make [0, 2^30) three times as likely as the rest,
        // so 56.25% of the draws would fall below n/2 instead of 50%.
        var rng = new RandomGenerator(11);
        const int N = 60_000;
        int n = 3 << 29;
        int low = 0;
        for (int i = 0; i < N; i++)
        {
            low += rng.NextInt(n) < n / 2 ? 1 : 0;
        }

        Assert.InRange(low, (N / 2) - 600, (N / 2) + 600); // se ≈ 122
    }

    [Fact]
    public void Shuffle_IsAReproduciblePermutation()
    {
        int[] a = Enumerable.Range(0, 100).ToArray();
        int[] b = Enumerable.Range(0, 100).ToArray();
        new RandomGenerator(1).Shuffle<int>(a);
        new RandomGenerator(1).Shuffle<int>(b);
        Assert.Equal(a, b);
        Assert.Equal(Enumerable.Range(0, 100), a.Order());
        Assert.NotEqual(Enumerable.Range(0, 100), a);

        int[] c = Enumerable.Range(0, 100).ToArray();
        new RandomGenerator(2).Shuffle<int>(c);
        Assert.NotEqual(a, c);

        new RandomGenerator(1).Shuffle(Span<int>.Empty);
        int[] one = [4];
        new RandomGenerator(1).Shuffle<int>(one);
        Assert.Equal([4], one);
    }

    [Fact]
    public void Shuffle_EveryPositionIsEquallyLikely()
    {
        // First element of a shuffled [0, 1, 2, 3]: each value 1/4 of the time.
        var rng = new RandomGenerator(17);
        var counts = new int[4];
        for (int t = 0; t < 40_000; t++)
        {
            int[] x = [0, 1, 2, 3];
            rng.Shuffle<int>(x);
            counts[x[0]]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500)); // se ≈ 87
    }

    [Fact]
    public void Fork_IsReproducibleAndIndependent()
    {
        var parent1 = new RandomGenerator(123);
        var parent2 = new RandomGenerator(123);
        RandomGenerator child1 = parent1.Fork();
        RandomGenerator child2 = parent2.Fork();
        const int N = 10_000;
        double sxy = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
        int equal = 0;
        for (int i = 0; i < N; i++)
        {
            double c = child1.NextDouble();
            double p = parent1.NextDouble();
            Assert.Equal(c, child2.NextDouble());
            Assert.Equal(p, parent2.NextDouble());
            equal += c == p ? 1 : 0;
            sx += c;
            sy += p;
            sxy += c * p;
            sxx += c * c;
            syy += p * p;
        }

        double corr = ((N * sxy) - (sx * sy)) / Math.Sqrt(((N * sxx) - (sx * sx)) * ((N * syy) - (sy * sy)));
        Assert.Equal(0, equal);
        Assert.InRange(corr, -0.04, 0.04); // se = 0.01

        // The fork consumed one parent output: the parent continues from output 2 of its stream.
        var fresh = new RandomGenerator(123);
        fresh.NextUInt64();
        var afterFork = new RandomGenerator(123);
        _ = afterFork.Fork();
        Assert.Equal(fresh.NextUInt64(), afterFork.NextUInt64());
    }

    /// <summary>xoshiro256** and SplitMix64 transcribed from Blackman and Vigna's C reference code.</summary>
    private sealed class Reference
    {
        private readonly ulong[] _s = new ulong[4];

        public Reference(ulong seed)
        {
            ulong x = seed;
            for (int i = 0; i < 4; i++)
            {
                _s[i] = SplitMix64(ref x);
            }
        }

        public static ulong SplitMix64(ref ulong x)
        {
            unchecked
            {
                ulong z = x += 0x9e3779b97f4a7c15;
                z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
                z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
                return z ^ (z >> 31);
            }
        }

        public ulong Next()
        {
            unchecked
            {
                ulong result = Rotl(_s[1] * 5, 7) * 9;
                ulong t = _s[1] << 17;
                _s[2] ^= _s[0];
                _s[3] ^= _s[1];
                _s[1] ^= _s[2];
                _s[0] ^= _s[3];
                _s[2] ^= t;
                _s[3] = Rotl(_s[3], 45);
                return result;
            }
        }

        private static ulong Rotl(ulong x, int k) => (x << k) | (x >> (64 - k));
    }
}
