using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Initializers;

public class RandomInitializerTests
{
    private static readonly Shape s_shape = new(250, 200);

    [Fact]
    public void RandomUniform_defaults_to_plus_minus_0_05()
    {
        float[] w = new RandomUniform().Initialize(s_shape, new RandomGenerator(1)).ToArray();
        Assert.All(w, v => Assert.InRange(v, -0.05f, 0.05f));
        Assert.True(w.Min() < -0.0495 && w.Max() > 0.0495);
        var (mean, std) = Stats.MeanStd(w);
        Assert.InRange(mean, -0.001, 0.001);
        Assert.InRange(std, 0.98 * 0.1 / Math.Sqrt(12), 1.02 * 0.1 / Math.Sqrt(12));
    }

    [Fact]
    public void RandomUniform_respects_custom_bounds()
    {
        float[] w = new RandomUniform(minval: 2, maxval: 3).Initialize(s_shape, new RandomGenerator(2)).ToArray();
        Assert.All(w, v => Assert.InRange(v, 2f, 3f));
        Assert.InRange(Stats.MeanStd(w).Mean, 2.49, 2.51);
    }

    [Fact]
    public void RandomNormal_has_the_given_mean_and_stddev()
    {
        float[] w = new RandomNormal(mean: 1.5, stddev: 0.2).Initialize(s_shape, new RandomGenerator(3)).ToArray();
        var (mean, std) = Stats.MeanStd(w);
        Assert.InRange(mean, 1.5 - 0.004, 1.5 + 0.004);
        Assert.InRange(std, 0.196, 0.204);
        Assert.True(w.Max(v => Math.Abs(v - 1.5)) > 3 * 0.2, "an untruncated normal exceeds 3σ in 50,000 samples");
    }

    [Fact]
    public void RandomNormal_defaults_to_stddev_0_05()
    {
        var (mean, std) = Stats.MeanStd(new RandomNormal().Initialize(s_shape, new RandomGenerator(4)).ToArray());
        Assert.InRange(mean, -0.001, 0.001);
        Assert.InRange(std, 0.049, 0.051);
    }

    [Fact]
    public void TruncatedNormal_redraws_beyond_two_stddev()
    {
        float[] w = new TruncatedNormal(mean: -1, stddev: 0.5).Initialize(s_shape, new RandomGenerator(5)).ToArray();
        Assert.All(w, v => Assert.InRange(v, -2.0f, 0.0f));
        var (mean, std) = Stats.MeanStd(w);
        Assert.InRange(mean, -1.005, -0.995);

        // A unit normal truncated to [−2, 2] has standard deviation 0.87962566103423978.
        Assert.InRange(std, 0.98 * 0.5 * 0.8796, 1.02 * 0.5 * 0.8796);
        Assert.True(w.Max(v => Math.Abs(v + 1)) > 0.95, "values should reach close to the 2σ bound");
    }

    public static TheoryData<Func<int?, Initializer>> SeededInitializers => new()
    {
        s => new RandomUniform(seed: s),
        s => new RandomNormal(seed: s),
        s => new TruncatedNormal(seed: s),
        s => new GlorotNormal(seed: s),
        s => new HeUniform(seed: s),
        s => new HeNormal(seed: s),
        s => new LecunUniform(seed: s),
        s => new LecunNormal(seed: s),
        s => new VarianceScaling(seed: s),
        s => new Orthogonal(seed: s),
    };

    [Theory]
    [MemberData(nameof(SeededInitializers))]
    public void A_seed_gives_identical_values_independent_of_the_layer_generator(Func<int?, Initializer> create)
    {
        var shape = new Shape(6, 5);
        float[] a = create(42).Initialize(shape, new RandomGenerator(1)).ToArray();
        float[] b = create(42).Initialize(shape, new RandomGenerator(2)).ToArray();
        Initializer reused = create(42);
        float[] c1 = reused.Initialize(shape, new RandomGenerator(3)).ToArray();
        float[] c2 = reused.Initialize(shape, new RandomGenerator(3)).ToArray();
        float[] other = create(43).Initialize(shape, new RandomGenerator(1)).ToArray();
        Assert.Equal(a, b);
        Assert.Equal(a, c1);
        Assert.Equal(a, c2);
        Assert.NotEqual(a, other);
    }

    [Theory]
    [MemberData(nameof(SeededInitializers))]
    public void Without_a_seed_the_layer_generator_decides(Func<int?, Initializer> create)
    {
        var shape = new Shape(6, 5);
        Initializer init = create(null);
        float[] a = init.Initialize(shape, new RandomGenerator(9)).ToArray();
        float[] b = init.Initialize(shape, new RandomGenerator(9)).ToArray();
        float[] c = init.Initialize(shape, new RandomGenerator(10)).ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Invalid_settings_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomUniform(minval: 1, maxval: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomUniform(minval: double.NegativeInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomNormal(stddev: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormal(stddev: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormal(mean: double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Orthogonal(gain: double.NaN));
    }
}
