// Slice: values, gradient (scatter into zeros), and range validation.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class SliceTests
{
    [Fact]
    public void CopiesTheRows()
    {
        Tensor x = Of([0, 1, 2, 3, 4, 5, 6, 7], 2, 4);
        Tensor y = Slice(x, 1, 1, 2);
        Assert.Equal(new Shape(2, 2), y.Shape);
        AssertValues([1, 2, 5, 6], y, 0);
        y.SetFlat(0, 100);
        Assert.Equal(1.0, x.GetFlat(1)); // a copy, not a view
        Assert.Equal(new Shape(0, 4), Slice(x, 0, 2, 0).Shape);
    }

    [Fact]
    public void GradientScattersIntoZeros()
    {
        AssertValues([0, 1, 1, 0, 0, 1, 1, 0], Gradients(xs => Slice(xs[0], -1, 1, 2), Of(new double[8], 2, 4))[0], 0);
        AssertGradients(xs => Slice(xs[0], 1, 1, 2), Random(81, 2, 4, 3));
    }

    [Fact]
    public void RejectsRowsOutsideTheAxis()
    {
        var e = Assert.Throws<ArgumentException>(() => Slice(Random(1, 2, 4), 1, 3, 2));
        Assert.Contains("Slice", e.Message);
        Assert.Contains("start 3 and length 2", e.Message);
        Assert.Throws<ArgumentException>(() => Slice(Random(1, 2, 4), 1, -1, 1));
        Assert.Throws<ArgumentException>(() => Slice(Random(1, 2, 4), 2, 0, 1));
    }
}
