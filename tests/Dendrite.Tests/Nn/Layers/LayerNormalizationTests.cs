using Dendrite.Autodiff;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class LayerNormalizationTests
{
    [Fact]
    public void Each_sample_is_normalized_over_its_features()
    {
        // Row (1, 2, 3): mean 2, biased variance 2/3. Row (2, 4, 6): mean 4, variance 8/3. γ = 2, β = 1.
        var x = new Tensor(new float[] { 1, 2, 3, 2, 4, 6 }, new Shape(2, 3));
        var ln = new LayerNormalization(gammaInitializer: new Constant(2), betaInitializer: new Constant(1));
        double[] y = ln.Apply(x, training: true).ToDoubleArray();
        double s0 = 2 / Math.Sqrt((2.0 / 3) + 1e-3), s1 = 2 / Math.Sqrt((8.0 / 3) + 1e-3);
        double[] expected = [1 - s0, 1, 1 + s0, 1 - (2 * s1), 1, 1 + (2 * s1)];
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(expected[i], y[i], 6);
        }

        Assert.Equal(y, ln.Apply(x, training: false).ToDoubleArray());
    }

    [Fact]
    public void Gradients_match_central_differences_over_a_middle_axis()
    {
        var ln = new LayerNormalization(axis: 1, gammaInitializer: new RandomNormal(1, 0.5), betaInitializer: new RandomNormal(0, 0.5));
        Tensor x = TestData.Normal(9, 2, 4, 3);
        ln.Apply(x);
        Assert.Equal(new Shape(4), ln.Weights[0].Shape);
        GradientCheckResult result = GradientCheck.Check(t => ln.Call(t), x, ln.TrainableVariables);
        Assert.True(result.Passed, result.ToString());
        Assert.Equal(24 + 4 + 4, result.Count);
    }

    [Fact]
    public void Defaults_are_Keras()
    {
        var ln = new LayerNormalization();
        Assert.Equal((-1, 1e-3, true, true), (ln.Axis, ln.Epsilon, ln.Center, ln.Scale));
        Assert.Equal("ones", ln.GammaInitializer.Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LayerNormalization(epsilon: -1));
    }
}
