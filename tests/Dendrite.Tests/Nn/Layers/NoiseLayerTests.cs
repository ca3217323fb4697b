using Dendrite.Autodiff;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Nn.Layers;

public sealed class NoiseLayerTests
{
    private static (double Mean, double Std) Moments(IEnumerable<double> values)
    {
        double[] v = values.ToArray();
        double mean = v.Average();
        return (mean, Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Length));
    }

    [Fact]
    public void GaussianNoise_adds_zero_mean_noise_of_stddev_only_when_training()
    {
        Tensor x = TestData.Normal(1, 200, 100);
        var layer = new GaussianNoise(0.3, seed: 4);
        Assert.Same(x, layer.Call(x, training: false));
        double[] noise = layer.Call(x, training: true).ToDoubleArray().Zip(x.ToDoubleArray(), (y, v) => y - v).ToArray();
        (double mean, double std) = Moments(noise);
        Assert.InRange(mean, -0.01, 0.01);
        Assert.InRange(std, 0.29, 0.31);
        Assert.Equal(new GaussianNoise(0.3, seed: 4).Call(x, training: true).ToArray(), new GaussianNoise(0.3, seed: 4).Call(x, training: true).ToArray());
    }

    [Fact]
    public void GaussianNoise_stddev_must_be_in_0_1_as_Keras()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new GaussianNoise(1.5, name: "noisy"));
        Assert.Contains("GaussianNoise 'noisy' needs stddev in [0, 1], received 1.5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GaussianDropout_multiplies_by_noise_of_mean_1_and_variance_rate_over_1_minus_rate()
    {
        // rate 0.2: σ = sqrt(0.2 / 0.8) = 0.5.
        Tensor ones = Tensor.Ones(new Shape(200, 100));
        var layer = new GaussianDropout(0.2, seed: 6);
        Assert.Same(ones, layer.Call(ones));
        (double mean, double std) = Moments(layer.Call(ones, training: true).ToDoubleArray());
        Assert.InRange(mean, 0.99, 1.01);
        Assert.InRange(std, 0.49, 0.51);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GaussianDropout(1.0));
    }

    [Fact]
    public void GaussianDropout_gradient_is_the_noise()
    {
        Tensor x = TestData.Normal(2, 3, 4).To(DType.Float64);
        var layer = new GaussianDropout(0.5, seed: 8);
        Tensor[] gradient;
        Tensor noise;
        using (var tape = new GradientTape())
        {
            tape.Watch(x);
            Tensor y = layer.Call(x, training: true);
            noise = Op.Divide(y, x);
            gradient = tape.Gradient(y, [x]);
        }

        double[] g = gradient[0].ToDoubleArray(), n = noise.ToDoubleArray();
        for (int i = 0; i < g.Length; i++)
        {
            Assert.Equal(n[i], g[i], 12);
        }
    }

    [Fact]
    public void AlphaDropout_sets_dropped_units_to_the_SELU_saturation_then_applies_the_affine_correction()
    {
        // Keras formula, rate 0.2: a = (0.8 · (1 + 0.2·α'²))^−½, b = −a·α'·0.2; kept: a·x + b, dropped: a·α' + b.
        const double Rate = 0.2, AlphaPrime = -1.6732632423543772 * 1.0507009873554805;
        double a = Math.Pow((1 - Rate) * (1 + (Rate * AlphaPrime * AlphaPrime)), -0.5);
        double b = -a * AlphaPrime * Rate;
        Assert.Equal(AlphaPrime, AlphaDropout.AlphaPrime, 12);
        Tensor x = TestData.Normal(3, 200, 100).To(DType.Float64);
        double[] y = new AlphaDropout(Rate, seed: 2).Call(x, training: true).ToDoubleArray();
        double[] xs = x.ToDoubleArray();
        int dropped = 0;
        for (int i = 0; i < y.Length; i++)
        {
            bool isDropped = Math.Abs(y[i] - ((a * AlphaPrime) + b)) < 1e-12;
            dropped += isDropped ? 1 : 0;
            Assert.True(isDropped || Math.Abs(y[i] - ((a * xs[i]) + b)) < 1e-12, $"element {i}: {y[i]}");
        }

        Assert.InRange(dropped / (double)y.Length, 0.19, 0.21);
        // Self-normalizing: standard normal inputs keep mean ≈ 0 and standard deviation ≈ 1.
        (double mean, double std) = Moments(y);
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(std, 0.98, 1.02);
    }

    [Fact]
    public void AlphaDropout_is_the_identity_at_inference_and_checks_its_rate()
    {
        Tensor x = TestData.Normal(4, 3, 3);
        Assert.Same(x, new AlphaDropout(0.5).Call(x));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AlphaDropout(-0.1, name: "ad"));
        Assert.Contains("AlphaDropout 'ad' needs rate in [0, 1), received -0.1", e.Message, StringComparison.Ordinal);
    }
}
