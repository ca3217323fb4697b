// (a) kernel tests: the Gelu operator and its gradient, exact and approximate, at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class GeluOperatorTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MatchesScalarReference(bool approximate)
    {
        CheckUnaryOperator(new GeluOperator(approximate), 2e-7, 1e-14);
        CheckBinaryOperator(new GeluGradientOperator(approximate), 2e-7, 1e-14);
    }
}
