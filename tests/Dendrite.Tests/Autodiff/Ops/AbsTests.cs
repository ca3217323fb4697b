// Abs: gradient check away from the kink at 0, and the documented subgradient 0 at it.
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class AbsTests
{
    [Fact]
    public void GradientChecksAwayFromZero() => AssertGradients(xs => Abs(xs[0]), AwayFrom(Random(41, 3, 4), 1e-3, 0.0));

    [Fact]
    public void SubgradientAtZeroIsZero()
        => AssertValues([-1, 0, 1], Gradients(xs => Abs(xs[0]), Of([-2, 0, 2]))[0], 0);

    [Fact]
    public void HandComputedValues() => AssertValues([2, 0, 3.5], Abs(Of([-2, 0, 3.5])), 0);
}
