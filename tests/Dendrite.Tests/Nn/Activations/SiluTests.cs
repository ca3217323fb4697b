// Silu (Swish): Keras published values, gradient check of the composite, the swish alias.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class SiluTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.silu docs: [-1, 0, 1] → [-0.26894143, 0., 0.7310586]
        => AssertPublished(Activation.Silu.Call, [-1, 0, 1], [-0.26894143, 0, 0.7310586]);

    [Fact]
    public void GradientChecks() => AssertGradients(xs => Activation.Silu.Call(xs[0]), Uniform(261, -6, 6, 3, 4));

    [Fact]
    public void DerivativeAtZeroIsOneHalf() // σ(0)(1 + 0) = 0.5
        => AssertValues([0.5], Gradients(xs => Activation.Silu.Call(xs[0]), Of([0]))[0], 1e-16);

    [Fact]
    public void SwishIsTheSameActivation()
    {
        Assert.Same(Activation.Silu, Activation.Swish);
        Assert.Equal("silu", Activation.Swish.Name);
    }
}
