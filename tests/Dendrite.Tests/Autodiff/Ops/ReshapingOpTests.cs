// Pad and UpSampleNearest: values and double-precision gradient checks.
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

public sealed class ReshapingOpTests
{
    [Fact]
    public void Pad_puts_zeros_around_the_axis()
    {
        Tensor y = Op.Pad(new Tensor([1f, 2, 3, 4], new Shape(2, 2)), 1, 1, 2);
        Assert.Equal(new Shape(2, 5), y.Shape);
        Assert.Equal([0f, 1, 2, 0, 0, 0, 3, 4, 0, 0], y.ToArray());
        AssertGradients(xs => Op.Pad(xs[0], 2, 2, 1), Random(1, 2, 3, 3, 2));
        Assert.Throws<ArgumentException>(() => Op.Pad(Random(1, 2, 2), 0, -1, 0));
    }

    [Fact]
    public void UpSampleNearest_repeats_rows_and_columns()
    {
        // [[1, 2], [3, 4]] by (2, 3): every pixel becomes a 2×3 block
        Tensor y = Op.UpSampleNearest(new Tensor([1f, 2, 3, 4], new Shape(1, 2, 2, 1)), 2, 3);
        Assert.Equal(new Shape(1, 4, 6, 1), y.Shape);
        Assert.Equal([1f, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 3, 3, 3, 4, 4, 4], y.ToArray());
        AssertGradients(xs => Op.UpSampleNearest(xs[0], 3, 2), Random(2, 2, 3, 2, 2));
    }
}
