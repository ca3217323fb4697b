// LeakyRelu: Keras 3 default slope 0.2 and its published example, gradient checks, the subgradient at 0, config.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class LeakyReluTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.leaky_relu docs (negative_slope=0.2): [-1, 0, 1] → [-0.2, 0., 1.]
        => AssertPublished(Activation.LeakyRelu.Call, [-1, 0, 1], [-0.2, 0, 1]);

    [Fact]
    public void CustomSlope() // keras.layers.LeakyReLU docs with negative_slope=0.5: [-10, -5, 0, 5, 10] → [-5, -2.5, 0, 5, 10]
        => AssertPublished(new LeakyRelu(negativeSlope: 0.5).Call, [-10, -5, 0, 5, 10], [-5, -2.5, 0, 5, 10]);

    [Fact]
    public void GradientChecksAwayFromZero()
    {
        AssertGradients(xs => Activation.LeakyRelu.Call(xs[0]), AwayFrom(Random(221, 3, 4), 1e-3, 0.0));
        AssertGradients(xs => new LeakyRelu(0.01).Call(xs[0]), AwayFrom(Random(222, 3, 4), 1e-3, 0.0));
    }

    [Fact]
    public void SubgradientAtZeroIsTheSlope()
        => AssertValues([0.2, 0.2, 1], Gradients(xs => Activation.LeakyRelu.Call(xs[0]), Of([-1, 0, 1]))[0], 1e-16);

    [Fact]
    public void ConfigAndValidation()
    {
        Assert.Equal(0.2, Assert.IsType<LeakyRelu>(Activation.LeakyRelu).NegativeSlope);
        Assert.Equal(0.1, new LeakyRelu(0.1).GetConfig()["negative_slope"]);
        Assert.Equal("leaky_relu", Activation.LeakyRelu.Name);
        Assert.Throws<ArgumentException>(() => new LeakyRelu(double.NaN));
    }
}
