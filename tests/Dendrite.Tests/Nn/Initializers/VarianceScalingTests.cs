using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Initializers;

public class VarianceScalingTests
{
    // Shape (200, 300): fan_in 200, fan_out 300, fan_avg 250; 60,000 samples, so the sample standard
    // deviation is within ~1% of the true one and the sample mean within ~0.01σ (4 standard errors).
    private static readonly Shape s_shape = new(200, 300);

    public static TheoryData<Initializer, double, bool> NormalCases => new()
    {
        // initializer, expected standard deviation of the values, truncated?
        { new GlorotNormal(), Math.Sqrt(2.0 / (200 + 300)), true },
        { new HeNormal(), Math.Sqrt(2.0 / 200), true },
        { new LecunNormal(), Math.Sqrt(1.0 / 200), true },
        { new VarianceScaling(scale: 3.0, mode: VarianceScalingMode.FanOut, distribution: VarianceScalingDistribution.UntruncatedNormal), Math.Sqrt(3.0 / 300), false },
    };

    public static TheoryData<Initializer, double> UniformCases => new()
    {
        // initializer, limit
        { new GlorotUniform(), Math.Sqrt(6.0 / (200 + 300)) },
        { new HeUniform(), Math.Sqrt(6.0 / 200) },
        { new LecunUniform(), Math.Sqrt(3.0 / 200) },
        { new VarianceScaling(scale: 0.5, mode: VarianceScalingMode.FanAvg, distribution: VarianceScalingDistribution.Uniform), Math.Sqrt(3 * 0.5 / 250) },
    };

    [Theory]
    [MemberData(nameof(NormalCases))]
    public void Normal_initializers_have_the_Keras_standard_deviation(Initializer init, double stddev, bool truncated)
    {
        float[] w = init.Initialize(s_shape, new RandomGenerator(7)).ToArray();
        var (mean, std) = Stats.MeanStd(w);
        Assert.InRange(mean, -0.02 * stddev, 0.02 * stddev);
        Assert.InRange(std, 0.98 * stddev, 1.02 * stddev);
        double max = w.Max(v => Math.Abs((double)v));
        if (truncated)
        {
            // Keras draws N(0, (σ / 0.8796…)²) and re-draws beyond two of its standard deviations.
            double bound = 2 * stddev / VarianceScaling.TruncatedStddevFactor;
            Assert.True(max <= bound * (1 + 1e-6), $"max |w| {max} exceeds 2σ = {bound}");
            Assert.True(max > 0.95 * bound, $"max |w| {max} should come close to 2σ = {bound}");
        }
        else
        {
            Assert.True(max > 3 * stddev, $"an untruncated normal of 60,000 samples exceeds 3σ; max was {max}");
        }
    }

    [Theory]
    [MemberData(nameof(UniformCases))]
    public void Uniform_initializers_stay_within_the_Keras_limit(Initializer init, double limit)
    {
        float[] w = init.Initialize(s_shape, new RandomGenerator(11)).ToArray();
        Assert.All(w, v => Assert.InRange(v, -limit, limit));
        Assert.True(w.Max() > 0.99 * limit && w.Min() < -0.99 * limit);
        var (mean, std) = Stats.MeanStd(w);
        Assert.InRange(mean, -0.02 * limit, 0.02 * limit);
        Assert.InRange(std, 0.98 * limit / Math.Sqrt(3), 1.02 * limit / Math.Sqrt(3));
    }

    [Fact]
    public void Convolution_kernels_multiply_the_fans_by_the_receptive_field()
    {
        // (3, 3, 16, 32): fan_in = 9·16 = 144, He normal σ = sqrt(2/144).
        var init = new HeNormal(seed: 5);
        Assert.Equal(2.0 / 144, init.Variance(new Shape(3, 3, 16, 32)), 12);
        var (_, std) = Stats.MeanStd(init.Initialize(new Shape(3, 3, 16, 32), null!).ToArray());
        Assert.InRange(std, 0.96 * Math.Sqrt(2.0 / 144), 1.04 * Math.Sqrt(2.0 / 144));
    }

    [Fact]
    public void Invalid_settings_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VarianceScaling(scale: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VarianceScaling(scale: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VarianceScaling(mode: (VarianceScalingMode)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VarianceScaling(distribution: (VarianceScalingDistribution)9));
    }

    [Fact]
    public void Config_names_the_Keras_settings()
    {
        var config = new VarianceScaling(2.0, VarianceScalingMode.FanOut, VarianceScalingDistribution.Uniform, seed: 3).GetConfig();
        Assert.Equal(2.0, config["scale"]);
        Assert.Equal("fan_out", config["mode"]);
        Assert.Equal("uniform", config["distribution"]);
        Assert.Equal(3, config["seed"]);
        Assert.Equal([new KeyValuePair<string, object?>("seed", 4)], new GlorotNormal(seed: 4).GetConfig());
    }
}
