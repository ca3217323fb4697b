// (a) kernel tests: the Softplus operator at every SIMD tier and length 0..257 against the scalar Invoke.
using Dendrite.Kernels.Operators;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Kernels.Operators;

public class SoftplusOperatorTests
{
    [Fact]
    public void MatchesScalarReference() => CheckUnaryOperator(default(SoftplusOperator), 4e-6, 1e-13, low: -40, high: 40);

    [Fact]
    public void KeepsRelativeAccuracyForTinyResults()
    {
        // log(1 + e^-40) = e^-40 (1 - e^-40 / 2 + ...) to double precision: a naive log(1 + e^x) would give 0.
        double y = default(SoftplusOperator).Invoke(-40.0);
        Assert.Equal(Math.Exp(-40), y, Math.Exp(-40) * 1e-14);
    }
}
