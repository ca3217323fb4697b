// (a) kernel tests: the LeakyRelu operator and its gradient at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class LeakyReluOperatorTests
{
    [Theory]
    [InlineData(0.2)]
    [InlineData(0.01)]
    [InlineData(-0.5)]
    public void MatchesScalarReference(double slope)
    {
        CheckUnaryOperator(new LeakyReluOperator(slope), 0, 0);
        CheckBinaryOperator(new LeakyReluGradientOperator(slope), 0, 0);
    }

    [Fact]
    public void GradientAtZeroIsTheSlope() => Assert.Equal(0.2 * 5.0, new LeakyReluGradientOperator(0.2).Invoke(0.0, 5.0), 15);
}
