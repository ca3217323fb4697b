// (a) kernel tests: the Elu operator and its gradient at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class EluOperatorTests
{
    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, 1.0)]
    [InlineData(1.67326324, 1.05070098)]
    public void MatchesScalarReference(double alpha, double scale)
    {
        CheckUnaryOperator(new EluOperator(alpha, scale), 4e-6, 1e-13);
        CheckBinaryOperator(new EluGradientOperator(alpha, scale), 4e-6, 1e-13);
    }

    [Fact]
    public void GradientAtZeroIsTheRightDerivative() => Assert.Equal(1.05070098 * 2.0, new EluGradientOperator(1.67326324, 1.05070098).Invoke(0.0, 2.0), 15);
}
