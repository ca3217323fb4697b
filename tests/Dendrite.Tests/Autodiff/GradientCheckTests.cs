using Dendrite.Autodiff;
using Dendrite.Tensors;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff;

public class GradientCheckTests
{
    [Fact]
    public void Passes_OnACorrectOp()
    {
        Tensor a = new RandomGenerator(1).UniformTensor(new Shape(3, 4), -1, 1);
        Tensor b = new RandomGenerator(2).UniformTensor(new Shape(3, 4), -1, 1);
        GradientCheckResult r = GradientCheck.Check(xs => Op.Multiply(Op.Exp(xs[0]), xs[1]), [a, b]);
        Assert.True(r.Passed, r.ToString());
        Assert.Equal(24, r.Count);
        Assert.True(r.MaxAbsoluteError < 1e-7, r.ToString());
        Assert.StartsWith("passed", r.ToString());
    }

    [Fact]
    public void Fails_OnAWrongBackwardRule()
    {
        // y = x² with the backward rule dx = dy · x (the factor 2 forgotten).
        static Tensor WrongSquare(Tensor x)
        {
            Tensor y = Tensor.ZerosLike(x);
            for (int i = 0; i < x.Size; i++)
            {
                y.SetFlat(i, x.GetFlat(i) * x.GetFlat(i));
            }

            GradientTape.RecordOperation(y, [x], (dy, needs) => [Op.Multiply(dy, x)]);
            return y;
        }

        Tensor input = new float[] { 0.5f, -1.5f, 2 };
        GradientCheckResult r = GradientCheck.Check(xs => WrongSquare(xs[0]), [input]);
        Assert.False(r.Passed);
        Assert.StartsWith("FAILED", r.ToString());
        Assert.Contains("input 0", r.Worst);
        Assert.True(r.MaxAbsoluteError > 0.5, r.ToString());
    }

    [Fact]
    public void Fails_WhenTheGradientIsMissing()
    {
        // An op that records nothing: the tape returns zeros, the numeric gradient is not zero.
        static Tensor Untracked(Tensor x)
        {
            Tensor y = Tensor.ZerosLike(x);
            for (int i = 0; i < x.Size; i++)
            {
                y.SetFlat(i, 3 * x.GetFlat(i));
            }

            return y;
        }

        GradientCheckResult r = GradientCheck.Check(xs => Untracked(xs[0]), [new float[] { 1, 2 }]);
        Assert.False(r.Passed);
    }

    [Fact]
    public void ChecksVariables_AndRestoresThem()
    {
        var w = new Variable("dense/kernel", new RandomGenerator(3).UniformTensor(new Shape(4, 2), -1, 1));
        Tensor original = w.Value;
        float[] before = original.ToArray();
        Tensor x = new RandomGenerator(4).UniformTensor(new Shape(3, 4), -1, 1);
        float[] xBefore = x.ToArray();
        GradientCheckResult r = GradientCheck.Check(input => Op.Sigmoid(Op.MatMul(input, w.Value)), x, [w]);
        Assert.True(r.Passed, r.ToString());
        Assert.Equal(12 + 8, r.Count);
        Assert.Same(original, w.Value);
        Assert.Equal(DType.Float32, w.Value.DType);
        Assert.Equal(before, w.Value.ToArray());
        Assert.Equal(xBefore, x.ToArray());
    }

    [Fact]
    public void ReportsTheVariableName_OnFailure()
    {
        var w = new Variable("layer/w", Tensor.Ones(new Shape(2)));
        static Tensor Wrong(Tensor x, Tensor w)
        {
            Tensor y = Tensor.ZerosLike(x);
            for (int i = 0; i < x.Size; i++)
            {
                y.SetFlat(i, x.GetFlat(i) * w.GetFlat(i));
            }

            GradientTape.RecordOperation(y, [x, w], (dy, needs) => [Op.Multiply(dy, w), Op.Multiply(dy, Op.Negate(x))]);
            return y;
        }

        GradientCheckResult r = GradientCheck.Check(x => Wrong(x, w.Value), new float[] { 1, 2 }, [w]);
        Assert.False(r.Passed);
        Assert.Contains("variable 'layer/w'", r.Worst);
    }

    [Fact]
    public void RejectsFunctionsThatLeaveFloat64()
    {
        var e = Assert.Throws<InvalidOperationException>(() => GradientCheck.Check(xs => xs[0].To(DType.Float32), [new float[] { 1 }]));
        Assert.Contains("float64", e.Message);
    }

    [Fact]
    public void Tolerances_AreHonoured()
    {
        // A backward rule that is 1% off passes only with a loose relative tolerance.
        static Tensor Scaled(Tensor x)
        {
            Tensor y = Tensor.ZerosLike(x);
            for (int i = 0; i < x.Size; i++)
            {
                y.SetFlat(i, 2 * x.GetFlat(i));
            }

            GradientTape.RecordOperation(y, [x], (dy, needs) => [Op.Multiply(dy, 2.02)]);
            return y;
        }

        Tensor input = new float[] { 1, 2 };
        Assert.False(GradientCheck.Check(xs => Scaled(xs[0]), [input]).Passed);
        Assert.True(GradientCheck.Check(xs => Scaled(xs[0]), [input], relativeTolerance: 0.02).Passed);
    }
}
