// Selu: Keras published values and constants, gradient checks away from the kink, the kink's choice.
using Dendrite.Autodiff;
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class SeluTests
{
    [Fact]
    public void MatchesKeras()
    {
        // keras3 (R) op_selu docs, run on TensorFlow: [-1, 0, 1] → [-1.1113307, 0., 1.050701]. The Python
        // keras.ops.selu docstring prints -1.11133055 for -1, which the Keras constants do not give:
        // 1.05070098 · 1.67326324 · (e^-1 − 1) = -1.1113307285.
        AssertPublished(Activation.Selu.Call, [-1, 0, 1], [-1.1113307, 0, 1.050701]);
    }

    [Fact]
    public void UsesTheKerasConstants()
    {
        Assert.Equal(1.67326324, Ops.SeluAlpha);
        Assert.Equal(1.05070098, Ops.SeluScale);
    }

    [Fact]
    public void GradientChecksAwayFromZero() => AssertGradients(xs => Activation.Selu.Call(xs[0]), AwayFrom(Random(241, 3, 4), 1e-3, 0.0));

    [Fact]
    public void KinkTakesTheRightDerivative()
        => AssertValues([1.05070098 * 1.67326324 * Math.Exp(-1), 1.05070098], Gradients(xs => Activation.Selu.Call(xs[0]), Of([-1, 0]))[0], 1e-15);
}
