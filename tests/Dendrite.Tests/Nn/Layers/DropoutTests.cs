using Dendrite.Autodiff;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class DropoutTests
{
    [Fact]
    public void Training_keeps_about_1_minus_rate_and_scales_kept_values()
    {
        Tensor x = Tensor.Ones(new Shape(100, 100));
        Tensor y = new Dropout(0.3, seed: 5).Call(x, training: true);
        float scale = (float)(1 / 0.7);
        int kept = 0;
        foreach (float v in y.ToArray())
        {
            Assert.True(v == 0 || v == scale, $"value {v}");
            kept += v == 0 ? 0 : 1;
        }

        Assert.InRange(kept / 10000.0, 0.68, 0.72);
    }

    [Fact]
    public void Inference_is_the_identity()
    {
        Tensor x = TestData.Normal(3, 4, 5);
        Tensor y = new Dropout(0.5, seed: 1).Call(x, training: false);
        Assert.Equal(x.ToArray(), y.ToArray());
    }

    [Fact]
    public void Rate_zero_is_the_identity_when_training()
    {
        Tensor x = TestData.Normal(3, 4, 5);
        Assert.Equal(x.ToArray(), new Dropout(0.0).Call(x, training: true).ToArray());
    }

    [Fact]
    public void Same_seed_gives_the_same_mask_and_successive_calls_differ()
    {
        Tensor x = Tensor.Ones(new Shape(8, 8));
        var a = new Dropout(0.5, seed: 9);
        var b = new Dropout(0.5, seed: 9);
        float[] first = a.Call(x, training: true).ToArray();
        Assert.Equal(first, b.Call(x, training: true).ToArray());
        Assert.NotEqual(first, a.Call(x, training: true).ToArray());
        Assert.NotEqual(first, new Dropout(0.5, seed: 10).Call(x, training: true).ToArray());
    }

    [Fact]
    public void Gradient_when_training_is_the_mask_over_1_minus_rate()
    {
        Tensor x = TestData.Normal(4, 6, 7);
        Tensor[] gradient;
        using (var tape = new GradientTape())
        {
            tape.Watch(x);
            Tensor y = new Dropout(0.25, seed: 5).Call(x, training: true);
            gradient = tape.Gradient(Ops.Sum(y), [x]);
        }

        // The same seed on ones draws the same mask, scaled: m / (1 − rate).
        float[] mask = new Dropout(0.25, seed: 5).Call(Tensor.Ones(x.Shape), training: true).ToArray();
        Assert.Equal(mask, gradient[0].ToArray());
        Assert.Contains(0f, mask);
        Assert.Contains((float)(1 / 0.75), mask);
        Assert.All(mask, m => Assert.True(m == 0 || m == (float)(1 / 0.75)));
    }

    [Fact]
    public void Gradient_check_with_a_fixed_mask_passes_in_double_precision()
    {
        Tensor x = TestData.Normal(4, 5, 6);
        GradientCheckResult result = GradientCheck.Check(t => new Dropout(0.3, seed: 8).Call(t, training: true), x);
        Assert.True(result.Passed, result.ToString());
        Assert.Equal(30, result.Count);
    }

    [Fact]
    public void Without_a_seed_the_mask_comes_from_the_layer_generator()
    {
        Tensor x = Tensor.Ones(new Shape(6, 6));
        var a = new Dropout(0.5) { Random = new RandomGenerator(3) };
        var b = new Dropout(0.5) { Random = new RandomGenerator(3) };
        var c = new Dropout(0.5) { Random = new RandomGenerator(4) };
        float[] ya = a.Call(x, training: true).ToArray();
        Assert.Equal(ya, b.Call(x, training: true).ToArray());
        Assert.NotEqual(ya, c.Call(x, training: true).ToArray());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Rate_outside_0_to_1_is_rejected_naming_the_layer(double rate)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Dropout(rate, name: "drop_me"));
        Assert.Equal("rate", e.ParamName);
        Assert.Contains("Dropout 'drop_me'", e.Message, StringComparison.Ordinal);
        Assert.Contains("[0, 1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_holds_rate_and_seed()
    {
        var config = new Dropout(0.2, seed: 7, name: "d").GetConfig();
        Assert.Equal(0.2, config["rate"]);
        Assert.Equal(7, config["seed"]);
        Assert.Equal("d", config["name"]);
    }
}
