// Pow: gradient checks (constant and tensor exponents, broadcasting), hand-computed values, argument errors.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class PowTests
{
    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    [InlineData(0.5)]
    [InlineData(-1.5)]
    public void ConstantExponentGradientChecks(double p)
        => AssertGradients(xs => Pow(xs[0], p), Uniform(11, 0.5, 3, 3, 4));

    [Fact]
    public void TensorExponentGradientChecksWithBroadcasting()
    {
        AssertGradients(xs => Pow(xs[0], xs[1]), Uniform(12, 0.5, 3, 3, 4), Uniform(13, -2, 2, 4));
        AssertGradients(xs => Pow(xs[0], xs[1]), Uniform(14, 0.5, 3, 3, 1), Uniform(15, -2, 2, 3, 4));
    }

    [Fact]
    public void HandComputedValues()
    {
        AssertValues([8, 0.25, 1], Pow(Of([2, 4, 7]), Of([3, -1, 0])), 1e-15);
        AssertValues([4, 9, 0], Pow(Of([-2, 3, 0]), 2.0), 1e-15);
    }

    [Fact]
    public void ExponentZeroHasZeroGradientEvenAtZero()
    {
        Tensor[] g = Gradients(xs => Pow(xs[0], 0.0), Of([0, 2]));
        AssertValues([0, 0], g[0], 0);
        Tensor[] h = Gradients(xs => Pow(xs[0], xs[1]), Of([0, 2]), Of([0, 0]));
        AssertValues([0, 0], h[0], 0);
        AssertValues([0, Math.Log(2)], h[1], 1e-15); // d/db 0^b = 0 at b ≥ 0 (PyTorch's choice); 2^0 · ln 2
    }

    [Fact]
    public void RejectsIncompatibleShapesAndMixedDTypes()
    {
        var e = Assert.Throws<ArgumentException>(() => Pow(Random(1, 3, 4), Random(2, 3)));
        Assert.Contains("Pow", e.Message);
        Assert.Throws<ArgumentException>(() => Pow(Random(1, 3), Tensor.Zeros(new Shape(3))));
        Assert.Throws<ArgumentNullException>(() => Pow(null!, 2.0));
    }
}
