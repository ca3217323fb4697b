// Elu: Keras published values, gradient checks (smooth for alpha = 1), the kink at 0 for other alphas, config.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class EluTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.elu docs: [-1, 0, 1] → [-0.63212055, 0., 1.]
        => AssertPublished(Activation.Elu.Call, [-1, 0, 1], [-0.63212055, 0, 1]);

    [Fact]
    public void AlphaScalesTheNegativePart() // hand-computed: 0.5 (e^-2 - 1) = -0.43233235838
        => AssertPublished(new Elu(alpha: 0.5).Call, [-2, 2], [-0.43233235838169365, 2]);

    [Fact]
    public void GradientChecks()
    {
        AssertGradients(xs => Activation.Elu.Call(xs[0]), Random(231, 3, 4)); // alpha = 1: no kink
        AssertGradients(xs => new Elu(0.5).Call(xs[0]), AwayFrom(Random(232, 3, 4), 1e-3, 0.0));
    }

    [Fact]
    public void KinkTakesTheRightDerivative()
        => AssertValues([0.5 * Math.Exp(-1), 1, 1], Gradients(xs => new Elu(0.5).Call(xs[0]), Of([-1, 0, 1]))[0], 1e-16);

    [Fact]
    public void Config()
    {
        Assert.Equal(1.0, Activation.Elu.GetConfig()["alpha"]);
        Assert.Equal("elu", Activation.Elu.Name);
        Assert.Throws<ArgumentException>(() => new Elu(double.PositiveInfinity));
    }
}
