// Square: gradient checks and hand-computed values.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class SquareTests
{
    [Fact]
    public void GradientChecks() => AssertGradients(xs => Square(xs[0]), Random(31, 2, 5));

    [Fact]
    public void HandComputedValues()
    {
        AssertValues([9, 0, 2.25], Square(Of([-3, 0, 1.5])), 0);
        AssertValues([-6, 0, 3], Gradients(xs => Square(xs[0]), Of([-3, 0, 1.5]))[0], 0);
        Assert.Equal(DType.Float32, Square(Tensor.Ones(new Shape(2))).DType);
    }
}
