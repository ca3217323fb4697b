using Dendrite.Autodiff;
using Dendrite.Tensors;
using static Dendrite.Tests.Nn.Losses.LossTestData;

namespace Dendrite.Tests.Nn.Losses;

// The fused SoftmaxCrossEntropy and SigmoidCrossEntropy ops against their unfused compositions, in value
// and gradient, and their own gradient checks with respect to both logits and targets.
public class FusedCrossentropyOpTests
{
    private static readonly Tensor s_logits = D(new double[,] { { 1.5, -0.3, 0.2, 2.0 }, { -1.0, 0.0, 3.0, 0.5 } });

    // Targets are soft and do not sum to 1 in row 1, so the Σy factor of the fused backward is exercised.
    private static readonly Tensor s_targets = D(new double[,] { { 0.1, 0.6, 0.3, 0.0 }, { 0.5, 0.2, 0.1, 0.4 } });

    private static Tensor UnfusedSoftmax(Tensor z, Tensor y) => Ops.Negate(Ops.Sum(Ops.Multiply(y, Ops.LogSoftmax(z)), -1));

    private static Tensor UnfusedSigmoid(Tensor z, Tensor y)
    {
        Tensor s = Ops.Sigmoid(z);
        Tensor one = Tensor.Scalar(1, z.DType);
        return Ops.Negate(Ops.Add(Ops.Multiply(y, Ops.Log(s)), Ops.Multiply(Ops.Subtract(one, y), Ops.Log(Ops.Subtract(one, s)))));
    }

    private static void AssertSameValueAndGradient(Func<Tensor, Tensor, Tensor> fused, Func<Tensor, Tensor, Tensor> unfused)
    {
        var (fv, fdz, fdy) = ValueAndGradients(fused);
        var (uv, udz, udy) = ValueAndGradients(unfused);
        Assert.Equal(uv.Shape, fv.Shape);
        Assert.Equal(uv.ToDoubleArray(), fv.ToDoubleArray(), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(udz.ToDoubleArray(), fdz.ToDoubleArray(), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(udy.ToDoubleArray(), fdy.ToDoubleArray(), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    private static (Tensor Value, Tensor Dz, Tensor Dy) ValueAndGradients(Func<Tensor, Tensor, Tensor> f)
    {
        Tensor z = s_logits.Clone(), y = s_targets.Clone();
        using var tape = new GradientTape();
        tape.Watch(z);
        tape.Watch(y);
        Tensor value = f(z, y);

        // Weight the outputs unevenly so that each output's gradient counts.
        Tensor weights = Tensor.Zeros(value.Shape, DType.Float64);
        for (int i = 0; i < weights.Size; i++)
        {
            weights.SetFlat(i, 1.0 + i);
        }

        Tensor[] g = tape.Gradient(Ops.Sum(Ops.Multiply(value, weights)), [z, y]);
        return (value, g[0], g[1]);
    }

    [Fact]
    public void SoftmaxCrossEntropy_matches_minus_sum_y_log_softmax()
        => AssertSameValueAndGradient((z, y) => Ops.SoftmaxCrossEntropy(z, y), UnfusedSoftmax);

    [Fact]
    public void SoftmaxCrossEntropy_on_axis_0_matches_the_composition()
        => AssertSameValueAndGradient((z, y) => Ops.SoftmaxCrossEntropy(z, y, axis: 0), (z, y) => Ops.Negate(Ops.Sum(Ops.Multiply(y, Ops.LogSoftmax(z, 0)), 0)));

    [Fact]
    public void SigmoidCrossEntropy_matches_minus_y_log_sigma_minus_one_minus_y_log_one_minus_sigma()
        => AssertSameValueAndGradient(Ops.SigmoidCrossEntropy, UnfusedSigmoid);

    [Fact]
    public void SigmoidCrossEntropy_matches_the_stable_formula_by_hand()
    {
        Tensor loss = Ops.SigmoidCrossEntropy(s_logits, s_targets);
        for (int i = 0; i < loss.Size; i++)
        {
            double z = s_logits.GetFlat(i), y = s_targets.GetFlat(i);
            double expected = -(y * Math.Log(Sigmoid(z))) - ((1 - y) * Math.Log(1 - Sigmoid(z)));
            Assert.Equal(expected, loss.GetFlat(i), 12);
        }
    }

    [Fact]
    public void Fused_ops_pass_their_own_gradient_check_for_logits_and_targets()
    {
        GradientCheckResult softmax = GradientCheck.Check(xs => Ops.SoftmaxCrossEntropy(xs[0], xs[1]), [s_logits, s_targets]);
        GradientCheckResult sigmoid = GradientCheck.Check(xs => Ops.SigmoidCrossEntropy(xs[0], xs[1]), [s_logits, s_targets]);
        Assert.True(softmax.Passed, softmax.ToString());
        Assert.True(sigmoid.Passed, sigmoid.ToString());
        Assert.Equal(2 * s_logits.Size, softmax.Count);
    }

    [Fact]
    public void Fused_ops_stay_finite_where_the_composition_overflows()
    {
        Tensor z = D(new double[,] { { 1000, -1000 } });
        Tensor y = D(new double[,] { { 0, 1 } });
        Assert.Equal([1000.0, 1000.0], Ops.SigmoidCrossEntropy(z, y).ToDoubleArray());
        Assert.False(UnfusedSigmoid(z, y).AllFinite());
        Assert.Equal(2000.0, Ops.SoftmaxCrossEntropy(z, y).ToScalar(), 9);
    }

    [Fact]
    public void Mismatched_shapes_throw()
    {
        Assert.Throws<ArgumentException>(() => Ops.SoftmaxCrossEntropy(s_logits, D(1, 2)));
        Assert.Throws<ArgumentException>(() => Ops.SigmoidCrossEntropy(s_logits, D(1, 2)));
    }
}
