// Max and Min reductions: gradient checks (distinct values), ties to the first element, keepDims, errors.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class MaxTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    public void GradientChecksAlongEachAxis(int axis)
    {
        AssertGradients(xs => Max(xs[0], axis), Random(61, 3, 4, 2));
        AssertGradients(xs => Min(xs[0], axis, keepDims: true), Random(62, 3, 4, 2));
    }

    [Fact]
    public void GradientChecksOverAllElements()
    {
        AssertGradients(xs => Max(xs[0]), Random(63, 3, 4));
        AssertGradients(xs => Min(xs[0]), Random(64, 3, 4));
    }

    [Fact]
    public void ShapesAndValues()
    {
        Tensor x = Of([1, 7, 3, 9, 2, 4], 2, 3);
        AssertValues([7, 9], Max(x, 1), 0);
        Assert.Equal(new Shape(2, 1), Max(x, 1, keepDims: true).Shape);
        AssertValues([9, 7, 4], Max(x, 0), 0);
        AssertValues([1, 2], Min(x, -1), 0);
        Assert.Equal(Shape.Scalar, Max(x).Shape);
        Assert.Equal(9.0, Max(x).ToScalar());
        Assert.Equal(1.0, Min(x).ToScalar());
    }

    [Fact]
    public void TiesSendTheGradientToTheFirstExtremum()
    {
        // rows [1, 5, 5] and [0, 0, 0]: the first maximal element of each row takes the gradient.
        AssertValues([0, 1, 0, 1, 0, 0], Gradients(xs => Max(xs[0], 1), Of([1, 5, 5, 0, 0, 0], 2, 3))[0], 0);
        AssertValues([1, 0, 0, 0], Gradients(xs => Min(xs[0]), Of([-2, 3, -2, 4]))[0], 0);
    }

    [Fact]
    public void RejectsBadAxesAndEmptyReductions()
    {
        Assert.Contains("Max", Assert.Throws<ArgumentException>(() => Max(Random(1, 2, 3), 2)).Message);
        Assert.Contains("Min", Assert.Throws<ArgumentException>(() => Min(Random(1, 2, 3), -3)).Message);
        Assert.Throws<ArgumentException>(() => Max(Tensor.Zeros(new Shape(2, 0), DType.Float64), 1));
        Assert.Throws<ArgumentException>(() => Max(Tensor.Zeros(new Shape(0), DType.Float64)));
    }
}
