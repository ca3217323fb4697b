// (a) kernel tests: the GreaterOrEqualMask operator at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class GreaterOrEqualMaskOperatorTests
{
    [Fact]
    public void MatchesScalarReference() => CheckBinaryOperator(default(GreaterOrEqualMaskOperator), 0, 0, low: -2, high: 2);

    [Fact]
    public void TiesAreOne()
    {
        var op = default(GreaterOrEqualMaskOperator);
        Assert.Equal(1.0, op.Invoke(2.0, 2.0));
        Assert.Equal(0.0, op.Invoke(1.0, 2.0));
    }
}
