// Maximum and Minimum: broadcasting gradient checks away from ties, and the tie rule (gradient to a).
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class MaximumTests
{
    [Fact]
    public void GradientChecksWithBroadcasting()
    {
        // Distinct value ranges interleaved so that no pair is within the finite-difference step of a tie.
        AssertGradients(xs => Maximum(xs[0], xs[1]), Of([0.1, 1.1, 2.1, 3.1, 4.1, 5.1, 6.1, 7.1, 8.1, 9.1, 10.1, 11.1], 3, 4), Of([0.6, 5.6, 2.6, 9.6]));
        AssertGradients(xs => Maximum(xs[0], xs[1]), Random(51, 3, 4), Of([0.05, -0.3, 0.7], 3, 1));
        AssertGradients(xs => Minimum(xs[0], xs[1]), Random(52, 3, 4), Of([0.05, -0.3, 0.7, 1.2]));
        AssertGradients(xs => Minimum(xs[0], xs[1]), Of([0.05, -0.3, 0.7], 3, 1), Random(53, 3, 4));
    }

    [Fact]
    public void TiesSendTheGradientToTheFirstOperand()
    {
        var g = Gradients(xs => Maximum(xs[0], xs[1]), Of([1, 2, 3]), Of([1, 5, 0]));
        AssertValues([1, 0, 1], g[0], 0);
        AssertValues([0, 1, 0], g[1], 0);
        var h = Gradients(xs => Minimum(xs[0], xs[1]), Of([1, 2, 3]), Of([1, 5, 0]));
        AssertValues([1, 1, 0], h[0], 0);
        AssertValues([0, 0, 1], h[1], 0);
    }

    [Fact]
    public void HandComputedValues()
    {
        AssertValues([3, 5, 5, 5], Maximum(Of([1, 5, 4, 2], 2, 2), Of([3, 5], 2, 1)), 0); // [[max(1,3), max(5,3)], [max(4,5), max(2,5)]]
        AssertValues([1, 3, 4, 2], Minimum(Of([1, 5, 4, 2], 2, 2), Of([3, 5], 2, 1)), 0);
    }

    [Fact]
    public void RejectsIncompatibleShapes()
    {
        Assert.Contains("Maximum", Assert.Throws<ArgumentException>(() => Maximum(Random(1, 2, 3), Random(2, 2))).Message);
        Assert.Contains("Minimum", Assert.Throws<ArgumentException>(() => Minimum(Random(1, 2, 3), Random(2, 2))).Message);
    }
}
