// (a) kernel tests: the Step operator at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class StepOperatorTests
{
    [Fact]
    public void MatchesScalarReference() => CheckUnaryOperator(default(StepOperator), 0, 0);

    [Fact]
    public void ScalarIsOneFromZeroUp()
    {
        var op = default(StepOperator);
        Assert.Equal(1.0, op.Invoke(0.0));
        Assert.Equal(1.0, op.Invoke(-0.0));
        Assert.Equal(1.0, op.Invoke(1e-300));
        Assert.Equal(0.0, op.Invoke(-1e-300));
        Assert.Equal(0f, op.Invoke(float.NaN));
    }
}
