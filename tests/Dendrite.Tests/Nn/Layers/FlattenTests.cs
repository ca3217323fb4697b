using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class FlattenTests
{
    [Fact]
    public void Flattens_each_sample_in_row_major_order()
    {
        Tensor x = new(Enumerable.Range(0, 24).Select(i => (float)i).ToArray(), new Shape(2, 3, 4));
        Tensor y = new Flatten().Call(x);
        Assert.Equal(new Shape(2, 12), y.Shape);
        Assert.Equal(x.ToArray(), y.ToArray());
        Assert.Equal(12f, y[1, 0]);
    }

    [Fact]
    public void Output_shape_multiplies_the_sample_dimensions()
    {
        var flatten = new Flatten();
        Assert.Equal(new Shape(-1, 60), flatten.ComputeOutputShape(new Shape(-1, 3, 4, 5)));
        Assert.Equal(new Shape(-1, 1), flatten.ComputeOutputShape(new Shape(-1)));
        Assert.Equal(new Shape(7, -1), flatten.ComputeOutputShape(new Shape(7, -1, 4)));
    }

    [Fact]
    public void Rank_1_input_becomes_one_column()
    {
        Tensor y = new Flatten().Call(new float[] { 1, 2, 3 });
        Assert.Equal(new Shape(3, 1), y.Shape);
    }

    [Fact]
    public void Scalar_input_is_rejected()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => new Flatten(name: "flat").Call(Tensor.Scalar(1)));
        Assert.Contains("Flatten 'flat'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gradient_is_reshaped_back()
    {
        Tensor x = TestData.Normal(1, 2, 3, 2);
        Tensor w = TestData.Normal(2, 2, 6);
        Tensor[] g;
        using (var tape = new GradientTape())
        {
            tape.Watch(x);
            g = tape.Gradient(Ops.Sum(Ops.Multiply(new Flatten().Call(x), w)), [x]);
        }

        Assert.Equal(x.Shape, g[0].Shape);
        Assert.Equal(w.ToArray(), g[0].ToArray());
    }
}
