using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Tests.Autodiff.Ops;

public class HuberOpTests
{
    private static Tensor D(params double[] v) => new(v, new Shape(v.Length));

    [Fact]
    public void Value_is_quadratic_within_delta_and_linear_beyond()
    {
        // δ = 2: x = 1 → 0.5;  x = −2 → 2 (boundary, both branches);  x = 3 → 6 − 2 = 4;  x = −5 → 10 − 2 = 8.
        Tensor y = Dendrite.Autodiff.Ops.Huber(D(1, -2, 3, -5), 2.0);
        Assert.Equal([0.5, 2.0, 4.0, 8.0], y.ToDoubleArray());
    }

    [Fact]
    public void Gradient_is_the_error_clipped_to_delta()
    {
        Tensor x = D(1, -2, 3, -5, 0);
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor dx = tape.Gradient(Dendrite.Autodiff.Ops.Huber(x, 2.0), [x])[0];
        Assert.Equal([1.0, -2.0, 2.0, -2.0, 0.0], dx.ToDoubleArray());
    }

    [Fact]
    public void Gradient_check_passes_on_both_sides_and_at_delta()
    {
        var result = GradientCheck.Check(x => Dendrite.Autodiff.Ops.Huber(x, 0.5), D(-1.5, -0.5, -0.2, 0.0, 0.3, 0.5, 2.0));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Non_positive_delta_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Dendrite.Autodiff.Ops.Huber(D(1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dendrite.Autodiff.Ops.Huber(D(1), double.NaN));
    }
}
