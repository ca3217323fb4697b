using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Tests.Autodiff.Ops;

public class AbsoluteErrorTests
{
    private static Tensor D(params double[] v) => new(v, new Shape(v.Length));

    [Fact]
    public void Value_is_the_absolute_difference()
    {
        Tensor y = Dendrite.Autodiff.Ops.AbsoluteError(D(1, -2, 0.5, 3), D(4, -1, 0.5, -3));
        Assert.Equal([3.0, 1.0, 0.0, 6.0], y.ToDoubleArray());
    }

    [Fact]
    public void Gradient_is_sign_with_zero_at_the_kink()
    {
        Tensor a = D(1, -2, 0.5, 3), b = D(4, -1, 0.5, -3);
        using var tape = new GradientTape();
        tape.Watch(a);
        tape.Watch(b);
        Tensor[] g = tape.Gradient(Dendrite.Autodiff.Ops.AbsoluteError(a, b), [a, b]);
        Assert.Equal([-1.0, -1.0, 0.0, 1.0], g[0].ToDoubleArray());
        Assert.Equal([1.0, 1.0, 0.0, -1.0], g[1].ToDoubleArray());
    }

    [Fact]
    public void Gradient_check_passes_including_the_kink()
    {
        // At a = b the central difference (|h| − |−h|) / 2h is 0, the subgradient chosen.
        var result = GradientCheck.Check(xs => Dendrite.Autodiff.Ops.AbsoluteError(xs[0], xs[1]), [D(0.3, -1.2, 2.0, 0.7), D(-0.4, 0.5, 2.0, 0.1)]);
        Assert.True(result.Passed, result.ToString());
        Assert.Equal(8, result.Count);
    }

    [Fact]
    public void Float32_works_and_mismatches_throw()
    {
        Tensor y = Dendrite.Autodiff.Ops.AbsoluteError(new Tensor([1f, -1f]), new Tensor([0.5f, 1f]));
        Assert.Equal(DType.Float32, y.DType);
        Assert.Equal([0.5f, 2f], y.ToArray());
        Assert.Throws<ArgumentException>(() => Dendrite.Autodiff.Ops.AbsoluteError(D(1, 2), D(1, 2, 3)));
        Assert.Throws<ArgumentException>(() => Dendrite.Autodiff.Ops.AbsoluteError(D(1, 2), new Tensor([1f, 2f])));
    }
}
