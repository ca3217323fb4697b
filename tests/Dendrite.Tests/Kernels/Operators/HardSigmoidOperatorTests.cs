// (a) kernel tests: the HardSigmoid operator and its gradient at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class HardSigmoidOperatorTests
{
    [Fact]
    public void MatchesScalarReference()
    {
        CheckUnaryOperator(default(HardSigmoidOperator), 0, 0);
        CheckBinaryOperator(default(HardSigmoidGradientOperator), 0, 0);
    }

    [Fact]
    public void GradientIsZeroAtTheKinks()
    {
        var op = default(HardSigmoidGradientOperator);
        Assert.Equal(0.0, op.Invoke(3.0, 1.0));
        Assert.Equal(0.0, op.Invoke(-3.0, 1.0));
        Assert.Equal(1.0 / 6, op.Invoke(2.999, 1.0));
    }
}
