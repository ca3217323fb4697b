// Gather: values, scatter-add gradient with repeated indices, negative indices, validation.
using Dendrite.Tensors;
using static Dendrite.Autodiff.Ops;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Autodiff.Ops;

public class GatherTests
{
    [Fact]
    public void PicksRows()
    {
        Tensor x = Of([0, 1, 2, 3, 4, 5], 3, 2);
        AssertValues([4, 5, 0, 1, 4, 5], Gather(x, [2, 0, -1]), 0);
        Tensor cols = Gather(x, [1, 1], axis: 1);
        Assert.Equal(new Shape(3, 2), cols.Shape);
        AssertValues([1, 1, 3, 3, 5, 5], cols, 0);
    }

    [Fact]
    public void RepeatedIndicesAccumulateGradients()
    {
        AssertValues([1, 1, 0, 0, 3, 3], Gradients(xs => Gather(xs[0], [2, 0, 2, 2]), Of(new double[6], 3, 2))[0], 0);
        AssertGradients(xs => Gather(xs[0], [1, 1, 0, 2], axis: 1), Random(91, 2, 3));
    }

    [Fact]
    public void RejectsOutOfRangeIndices()
    {
        var e = Assert.Throws<ArgumentException>(() => Gather(Random(1, 3, 2), [0, 3]));
        Assert.Contains("Gather", e.Message);
        Assert.Contains("received 3 at position 1", e.Message);
        Assert.Throws<ArgumentException>(() => Gather(Random(1, 3, 2), [-4]));
    }
}
