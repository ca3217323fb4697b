// Where: selection with broadcasting over condition, a and b; gradients to a and b only.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class WhereTests
{
    [Fact]
    public void SelectsWithBroadcasting()
    {
        Tensor condition = new([1f, 0f, -2f], new Shape(3)); // float32 condition, float64 operands
        Tensor y = Where(condition, Of([10, 20], 2, 1), Of([-1]));
        Assert.Equal(new Shape(2, 3), y.Shape);
        AssertValues([10, -1, 10, 20, -1, 20], y, 0);
    }

    [Fact]
    public void GradientChecksWithBroadcasting()
    {
        Tensor c34 = Of([1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0], 3, 4);
        AssertGradients(xs => Where(c34, xs[0], xs[1]), Random(101, 3, 4), Random(102, 4));
        AssertGradients(xs => Where(c34, xs[0], xs[1]), Random(103, 3, 1), Random(104, 3, 4));
    }

    [Fact]
    public void ConditionGetsNoGradient()
    {
        Tensor[] g = Gradients(xs => Where(xs[0], xs[1], xs[2]), Of([1, 0]), Of([5, 6]), Of([7, 8]));
        AssertValues([0, 0], g[0], 0);
        AssertValues([1, 0], g[1], 0);
        AssertValues([0, 1], g[2], 0);
    }

    [Fact]
    public void RejectsIncompatibleShapes()
        => Assert.Contains("Where", Assert.Throws<ArgumentException>(() => Where(Of([1, 0, 1]), Random(1, 2), Random(2, 2))).Message);
}
