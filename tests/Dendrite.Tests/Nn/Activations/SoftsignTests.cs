// Softsign: Keras published values, gradient check, smooth derivative 1 at 0.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class SoftsignTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.softsign docs: [-0.100, -10.0, 1.0, 0.0, 100.0] → [-0.09090909, -0.90909094, 0.5, 0., 0.990099]
        => AssertPublished(Activation.Softsign.Call, [-0.1, -10, 1, 0, 100], [-0.09090909, -0.90909094, 0.5, 0, 0.990099]);

    [Fact]
    public void GradientChecks() => AssertGradients(xs => Activation.Softsign.Call(xs[0]), Uniform(281, -5, 5, 3, 4));

    [Fact]
    public void DerivativeIsOneAtZeroAndQuarterAtOne() // 1 / (1 + |x|)²
        => AssertValues([1, 0.25, 0.25], Gradients(xs => Activation.Softsign.Call(xs[0]), Of([0, 1, -1]))[0], 1e-16);
}
