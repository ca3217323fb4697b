using Dendrite.Autodiff;
using Dendrite.Tensors;
// This namespace is Dendrite.Tests.Autodiff.Ops, so "Ops" alone names it; Op is the Dendrite.Autodiff.Ops class.
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

/// <summary>Central-difference gradient checks, in double precision, of every core op, with broadcasting and kinks avoided or tested directly.</summary>
public class CoreOpGradientTests
{
    [Theory]
    [InlineData(new[] { 3, 4 }, new[] { 3, 4 })]
    [InlineData(new[] { 3, 4 }, new[] { 4 })]
    [InlineData(new[] { 3, 4 }, new[] { 3, 1 })]
    [InlineData(new int[0], new[] { 2, 3 })]
    [InlineData(new[] { 2, 1, 4 }, new[] { 3, 1 })]
    public void Add_Subtract_Multiply_Divide(int[] aShape, int[] bShape)
    {
        Tensor a = Random(aShape, 1);
        Tensor b = Random(bShape, 2);
        Tensor positiveB = Random(bShape, 3, 0.5, 2);
        AssertGradient(xs => Op.Add(xs[0], xs[1]), a, b);
        AssertGradient(xs => Op.Add(xs[1], xs[0]), a, b);
        AssertGradient(xs => Op.Subtract(xs[0], xs[1]), a, b);
        AssertGradient(xs => Op.Subtract(xs[1], xs[0]), a, b);
        AssertGradient(xs => Op.Multiply(xs[0], xs[1]), a, b);
        AssertGradient(xs => Op.Divide(xs[0], xs[1]), a, positiveB);
        AssertGradient(xs => Op.Divide(xs[1], Op.Add(Op.Multiply(xs[0], xs[0]), Tensor.Scalar(1, DType.Float64))), a, b);
    }

    [Fact]
    public void Multiply_ByConstant_And_SameTensorTwice()
    {
        AssertGradient(xs => Op.Multiply(xs[0], -2.5), Random([2, 3], 4));
        AssertGradient(xs => Op.Multiply(xs[0], xs[0]), Random([5], 5));
    }

    [Fact]
    public void Negate_Exp_Log_Sigmoid()
    {
        AssertGradient(xs => Op.Negate(xs[0]), Random([2, 3], 6));
        AssertGradient(xs => Op.Exp(xs[0]), Random([2, 3], 7));
        AssertGradient(xs => Op.Log(xs[0]), Random([2, 3], 8, 0.2, 3));
        AssertGradient(xs => Op.Sigmoid(xs[0]), Random([4, 2], 9, -4, 4));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void MatMul_AllTransposes(bool transA, bool transB)
    {
        int m = 3, k = 4, n = 5;
        Tensor a = Random(transA ? [k, m] : [m, k], 10);
        Tensor b = Random(transB ? [n, k] : [k, n], 11);
        AssertGradient(xs => Op.MatMul(xs[0], xs[1], transA, transB), a, b);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MatMul_Rank3A(bool transB)
    {
        Tensor a = Random([2, 3, 4], 12);
        Tensor b = Random(transB ? [5, 4] : [4, 5], 13);
        AssertGradient(xs => Op.MatMul(xs[0], xs[1], transposeB: transB), a, b);
    }

    [Fact]
    public void Transpose_DefaultAndPermutations()
    {
        AssertGradient(xs => Op.Transpose(xs[0]), Random([3, 4], 14));
        AssertGradient(xs => Op.Transpose(xs[0]), Random([2, 3, 4], 15));
        AssertGradient(xs => Op.Transpose(xs[0], [1, 0, 2]), Random([2, 3, 4], 16));
        AssertGradient(xs => Op.Transpose(xs[0], [2, 0, 1]), Random([2, 3, 4], 17));
    }

    [Fact]
    public void Reshape_And_BroadcastTo()
    {
        AssertGradient(xs => Op.Reshape(xs[0], new Shape(3, -1)), Random([2, 6], 18));
        AssertGradient(xs => Op.Multiply(Op.Reshape(xs[0], new Shape(4, 3)), Random([4, 3], 19)), Random([2, 6], 20));
        AssertGradient(xs => Op.BroadcastTo(xs[0], new Shape(2, 3, 4)), Random([3, 1], 21));
        AssertGradient(xs => Op.BroadcastTo(xs[0], new Shape(2, 2)), Random([], 22));
        AssertGradient(xs => Op.BroadcastTo(xs[0], new Shape(3, 4)), Random([3, 4], 23));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData(new[] { 0 }, false)]
    [InlineData(new[] { 1 }, true)]
    [InlineData(new[] { -1 }, false)]
    [InlineData(new[] { 0, 2 }, false)]
    [InlineData(new[] { 2, 0 }, true)]
    [InlineData(new[] { 0, 1, 2 }, false)]
    public void Sum_And_Mean_OverAxes(int[]? axes, bool keepDims)
    {
        Tensor x = Random([2, 3, 4], 24);
        AssertGradient(xs => Op.Sum(xs[0], axes, keepDims), x);
        AssertGradient(xs => Op.Mean(xs[0], axes, keepDims), x);
    }

    [Fact]
    public void Sum_Mean_HandValues()
    {
        Tensor x = new float[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        Assert.Equal(21.0, Op.Sum(x).ToScalar());
        Assert.Equal([5f, 7, 9], Op.Sum(x, 0).ToArray());
        Assert.Equal(new Shape(2, 1), Op.Sum(x, -1, keepDims: true).Shape);
        Assert.Equal([2f, 5], Op.Mean(x, 1).ToArray());
        Assert.Equal(3.5, Op.Mean(x).ToScalar());
        Assert.Throws<ArgumentException>(() => Op.Sum(x, [1, -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Op.Sum(x, 2));
    }

    [Fact]
    public void Clip_AwayFromItsBounds()
    {
        // Values at least 0.05 from the bounds -0.5 and 0.5, inside and outside.
        Tensor x = new Tensor(new double[] { -0.9, -0.3, 0.1, 0.45, 0.7, 1.2 }, new Shape(2, 3));
        AssertGradient(xs => Op.Clip(xs[0], -0.5, 0.5), x);
        Assert.Equal([-0.5, -0.3, 0.1, 0.45, 0.5, 0.5], Op.Clip(x, -0.5, 0.5).ToDoubleArray());
        Assert.Throws<ArgumentException>(() => Op.Clip(x, 1, 0));
    }

    [Fact]
    public void Clip_PassesTheGradientAtItsBounds()
    {
        Tensor x = new float[] { -1, 1, 2 };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = Op.Clip(x, -1, 1);
        Assert.Equal([1f, 1, 0], tape.Gradient(y, [x])[0].ToArray());
    }

    [Fact]
    public void Relu_AwayFromZero()
    {
        Tensor x = new Tensor(new double[] { -1.5, -0.2, 0.3, 2, -0.05, 0.6 }, new Shape(3, 2));
        AssertGradient(xs => Op.Relu(xs[0]), x);
    }

    [Fact]
    public void Relu_SubgradientAtZero_IsZero()
    {
        Tensor x = new float[] { 0, -1, 2, -0f };
        using var tape = new GradientTape();
        tape.Watch(x);
        Tensor y = Op.Relu(x);
        Assert.Equal([0f, 0, 2, 0], y.ToArray());
        Assert.Equal([0f, 0, 1, 0], tape.Gradient(y, [x])[0].ToArray());
    }

    [Fact]
    public void Softmax_And_LogSoftmax_OnEveryAxis()
    {
        Tensor x = Random([3, 4], 25, -2, 2);
        AssertGradient(xs => Op.Softmax(xs[0]), x);
        AssertGradient(xs => Op.Softmax(xs[0], 0), x);
        AssertGradient(xs => Op.LogSoftmax(xs[0]), x);
        AssertGradient(xs => Op.LogSoftmax(xs[0], 0), x);
        Tensor x3 = Random([2, 3, 4], 26, -2, 2);
        AssertGradient(xs => Op.Softmax(xs[0], 1), x3);
        AssertGradient(xs => Op.LogSoftmax(xs[0], -2), x3);
    }

    [Fact]
    public void SigmoidCrossEntropy_WrtLogitsAndTargets()
    {
        Tensor z = Random([3, 4], 27, -5, 5);
        Tensor y = Random([3, 4], 28, 0.05, 0.95);
        AssertGradient(xs => Op.SigmoidCrossEntropy(xs[0], xs[1]), z, y);
    }

    [Fact]
    public void SigmoidCrossEntropy_MatchesTheUnfusedComposition_AndIsStable()
    {
        Tensor z = Random([3, 4], 29, -5, 5);
        Tensor y = Random([3, 4], 30, 0, 1);
        Tensor one = Tensor.Scalar(1, DType.Float64);
        Tensor s = Op.Sigmoid(z);
        Tensor unfused = Op.Negate(Op.Add(Op.Multiply(y, Op.Log(s)), Op.Multiply(Op.Subtract(one, y), Op.Log(Op.Subtract(one, s)))));
        AssertClose(unfused, Op.SigmoidCrossEntropy(z, y), 1e-12);

        Tensor big = Op.SigmoidCrossEntropy(new float[] { 100, -100 }, new float[] { 0, 0 });
        Assert.Equal(100.0, big.GetFlat(0), 4);
        Assert.Equal(0.0, big.GetFlat(1), 6);
        Assert.Throws<ArgumentException>(() => Op.SigmoidCrossEntropy(new float[] { 1, 2 }, new float[] { 1 }));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void SoftmaxCrossEntropy_WrtLogitsAndTargets(int axis)
    {
        Tensor z = Random([3, 4], 31, -3, 3);
        Tensor y = Op.Softmax(Random([3, 4], 32, -1, 1), axis); // a distribution along the axis
        AssertGradient(xs => Op.SoftmaxCrossEntropy(xs[0], xs[1], axis), z, y);
        AssertGradient(xs => Op.SoftmaxCrossEntropy(xs[0], xs[1], axis), z, Random([3, 4], 33, 0, 1)); // unnormalised targets too
    }

    [Fact]
    public void SoftmaxCrossEntropy_MatchesTheUnfusedComposition_AndIsStable()
    {
        Tensor z = Random([2, 3, 4], 34, -3, 3);
        Tensor y = Random([2, 3, 4], 35, 0, 1);
        foreach (int axis in new[] { -1, 0, 1 })
        {
            Tensor unfused = Op.Negate(Op.Sum(Op.Multiply(y, Op.LogSoftmax(z, axis)), axis));
            AssertClose(unfused, Op.SoftmaxCrossEntropy(z, y, axis), 1e-12);
        }

        Tensor loss = Op.SoftmaxCrossEntropy(new float[,] { { 1000, 0 } }, new float[,] { { 0, 1 } });
        Assert.Equal(new Shape(1), loss.Shape);
        Assert.Equal(1000.0, loss.GetFlat(0), 2);
    }

    private static Tensor Random(int[] shape, ulong seed, double low = -1, double high = 1)
    {
        var rng = new RandomGenerator(seed);
        Tensor t = Tensor.Zeros(new Shape(shape), DType.Float64);
        for (int i = 0; i < t.Size; i++)
        {
            t.SetFlat(i, rng.Uniform(low, high));
        }

        return t;
    }

    private static void AssertGradient(Func<IReadOnlyList<Tensor>, Tensor> f, params Tensor[] inputs)
    {
        GradientCheckResult r = GradientCheck.Check(f, inputs);
        Assert.True(r.Passed, $"{string.Join(" & ", inputs.Select(t => t.Shape))}: {r}");
        Assert.Equal(inputs.Sum(t => t.Size), r.Count);
    }

    private static void AssertClose(Tensor expected, Tensor actual, double tolerance)
    {
        Assert.Equal(expected.Shape, actual.Shape);
        for (int i = 0; i < expected.Size; i++)
        {
            Assert.Equal(expected.GetFlat(i), actual.GetFlat(i), tolerance);
        }
    }
}
