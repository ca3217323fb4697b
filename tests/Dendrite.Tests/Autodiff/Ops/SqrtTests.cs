// Sqrt and Square: gradient checks and hand-computed values.
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class SqrtTests
{
    [Fact]
    public void GradientChecks() => AssertGradients(xs => Sqrt(xs[0]), Uniform(21, 0.1, 4, 3, 4));

    [Fact]
    public void HandComputedValues()
    {
        AssertValues([0, 1.5, 3], Sqrt(Of([0, 2.25, 9])), 0);
        AssertValues([0.25], Gradients(xs => Sqrt(xs[0]), Of([4]))[0], 1e-16); // 1 / (2 √4)
        Assert.True(double.IsNaN(Sqrt(Of([-1])).GetFlat(0)));
    }
}
