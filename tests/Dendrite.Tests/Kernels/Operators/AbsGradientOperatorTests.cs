// (a) kernel tests: the AbsGradient operator at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class AbsGradientOperatorTests
{
    [Fact]
    public void MatchesScalarReference() => CheckBinaryOperator(default(AbsGradientOperator), 0, 0);

    [Fact]
    public void SubgradientAtZeroIsZero()
    {
        var op = default(AbsGradientOperator);
        Assert.Equal(0.0, op.Invoke(0.0, 7.0));
        Assert.Equal(0.0, op.Invoke(-0.0, 7.0));
        Assert.Equal(-7.0, op.Invoke(-1e-300, 7.0));
    }
}
