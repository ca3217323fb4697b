using Dendrite.Autodiff;
using Dendrite.Tensors;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff;

/// <summary>The C# operators give the same values and gradients as the ops they stand for.</summary>
public class TensorOperatorsTests
{
    public static TheoryData<string> Cases => new() { "a+b", "a-b", "a*b", "a/b", "-a", "a+2", "a-2", "2-a", "a*3", "3*a", "a/4" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Operator_MatchesOp_ValuesAndGradients(string expression)
    {
        (Func<Tensor, Tensor, Tensor> viaOperator, Func<Tensor, Tensor, Tensor> viaOps) = expression switch
        {
            "a+b" => ((Func<Tensor, Tensor, Tensor>)((a, b) => a + b), (Func<Tensor, Tensor, Tensor>)((a, b) => Op.Add(a, b))),
            "a-b" => ((a, b) => a - b, (a, b) => Op.Subtract(a, b)),
            "a*b" => ((a, b) => a * b, (a, b) => Op.Multiply(a, b)),
            "a/b" => ((a, b) => a / b, (a, b) => Op.Divide(a, b)),
            "-a" => ((a, b) => -a, (a, b) => Op.Negate(a)),
            "a+2" => ((a, b) => a + 2.0, (a, b) => Op.Add(a, Tensor.Scalar(2, DType.Float64))),
            "a-2" => ((a, b) => a - 2.0, (a, b) => Op.Subtract(a, Tensor.Scalar(2, DType.Float64))),
            "2-a" => ((a, b) => 2.0 - a, (a, b) => Op.Subtract(Tensor.Scalar(2, DType.Float64), a)),
            "a*3" => ((a, b) => a * 3.0, (a, b) => Op.Multiply(a, 3.0)),
            "3*a" => ((a, b) => 3.0 * a, (a, b) => Op.Multiply(a, 3.0)),
            "a/4" => ((a, b) => a / 4.0, (a, b) => Op.Divide(a, Tensor.Scalar(4, DType.Float64))),
            _ => throw new ArgumentOutOfRangeException(nameof(expression)),
        };

        var rng = new RandomGenerator(50);
        Tensor a = rng.UniformTensor(new Shape(3, 4), -2, 2).To(DType.Float64);
        Tensor b = rng.UniformTensor(new Shape(4), 0.5, 2).To(DType.Float64); // broadcast, away from 0

        (Tensor y1, Tensor[] g1) = Run(viaOperator, a, b);
        (Tensor y2, Tensor[] g2) = Run(viaOps, a, b);
        Assert.Equal(y2.Shape, y1.Shape);
        Assert.Equal(y2.ToDoubleArray(), y1.ToDoubleArray());
        Assert.Equal(g2[0].ToDoubleArray(), g1[0].ToDoubleArray());
        Assert.Equal(g2[1].ToDoubleArray(), g1[1].ToDoubleArray());
        Assert.True(GradientCheck.Check(xs => viaOperator(xs[0], xs[1]), [a, b]).Passed);
    }

    [Fact]
    public void Operators_HandValues_KeepTheDType()
    {
        Tensor a = new float[] { 1, 2 };
        Tensor b = new float[] { 4, 8 };
        Assert.Equal([5f, 10], (a + b).ToArray());
        Assert.Equal([-3f, -6], (a - b).ToArray());
        Assert.Equal([4f, 16], (a * b).ToArray());
        Assert.Equal([0.25f, 0.25f], (a / b).ToArray());
        Assert.Equal([-1f, -2], (-a).ToArray());
        Assert.Equal([0.5f, 1], (a / 2.0).ToArray());
        Assert.Equal([9f, 8], (10.0 - a).ToArray());
        Assert.Equal(DType.Float32, (a * 2.0).DType);
        Tensor d = a.To(DType.Float64);
        Assert.Equal(DType.Float64, (d + 1.0).DType);
        Assert.Throws<ArgumentException>(() => a + d);
    }

    [Fact]
    public void Operators_RecordOnTheTape()
    {
        Tensor x = new float[] { 3 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = (x * x) - (2.0 * x) + 1.0; // (x - 1)², dy/dx = 2(x - 1) = 4
        Assert.Equal(4f, y[0]);
        Assert.Equal(4f, tape.Gradient(y, [x])[0][0]);
    }

    private static (Tensor Y, Tensor[] Gradients) Run(Func<Tensor, Tensor, Tensor> f, Tensor a, Tensor b)
    {
        using var tape = new GradientTape();
        tape.Watch(a);
        tape.Watch(b);
        Tensor y = f(a, b);
        return (y, tape.Gradient(Op.Sum(Op.Multiply(y, y)), [a, b]));
    }
}
