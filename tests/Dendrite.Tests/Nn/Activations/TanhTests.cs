// Tanh: Keras published values and a gradient check.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class TanhTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.tanh docs: [-1, 0, 1] → [-0.7615942, 0., 0.7615942]
        => AssertPublished(Activation.Tanh.Call, [-1, 0, 1], [-0.7615942, 0, 0.7615942]);

    [Fact]
    public void GradientChecks() => AssertGradients(xs => Activation.Tanh.Call(xs[0]), Uniform(211, -4, 4, 3, 4));
}
