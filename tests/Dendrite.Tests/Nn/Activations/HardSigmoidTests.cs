// HardSigmoid: Keras 3 published values, gradient checks away from ±3, the zero subgradient at the kinks.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class HardSigmoidTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.hard_sigmoid docs (Keras 3): [-1, 0, 1] → [0.33333334, 0.5, 0.6666667]
        => AssertPublished(Activation.HardSigmoid.Call, [-1, 0, 1], [0.33333334, 0.5, 0.6666667]);

    [Fact]
    public void SaturatesAtPlusMinusThree() // Keras 3 definition: 0 if x ≤ -3, 1 if x ≥ 3
        => AssertPublished(Activation.HardSigmoid.Call, [-10, -3, 3, 10], [0, 0, 1, 1]);

    [Fact]
    public void GradientChecksAwayFromKinks()
        => AssertGradients(xs => Activation.HardSigmoid.Call(xs[0]), AwayFrom(Uniform(291, -5, 5, 3, 4), 1e-3, -3.0, 3.0));

    [Fact]
    public void SubgradientAtKinksIsZero()
        => AssertValues([0, 0, 1.0 / 6, 0, 0], Gradients(xs => Activation.HardSigmoid.Call(xs[0]), Of([-4, -3, 0, 3, 4]))[0], 1e-17);
}
