// Concat: values and shapes, gradient checks along each axis, input validation.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class ConcatTests
{
    [Fact]
    public void JoinsAlongTheAxis()
    {
        Tensor a = Of([1, 2, 3, 4], 2, 2), b = Of([5, 6], 2, 1);
        Tensor y = Concat([a, b], axis: 1);
        Assert.Equal(new Shape(2, 3), y.Shape);
        AssertValues([1, 2, 5, 3, 4, 6], y, 0);
        AssertValues([1, 2, 3, 4, 1, 2, 3, 4], Concat([a, a]), 0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    public void GradientChecks(int axis)
    {
        int[] extra = axis == 0 ? [1, 3, 2] : axis == 1 ? [2, 1, 2] : [2, 3, 3];
        AssertGradients(xs => Concat([xs[0], xs[1], xs[0]], axis), Random(71, 2, 3, 2), Random(72, extra));
    }

    [Fact]
    public void RejectsMismatchedInputs()
    {
        var e = Assert.Throws<ArgumentException>(() => Concat([Random(1, 2, 3), Random(2, 3, 3)], axis: 1));
        Assert.Contains("Concat", e.Message);
        Assert.Contains("(3, 3)", e.Message);
        Assert.Throws<ArgumentException>(() => Concat([]));
        Assert.Throws<ArgumentException>(() => Concat([Random(1, 2), Tensor.Zeros(new Shape(2))]));
        Assert.Throws<ArgumentException>(() => Concat([Random(1, 2)], axis: 1));
    }
}
