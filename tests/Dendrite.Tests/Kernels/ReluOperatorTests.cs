using System.Runtime.Intrinsics;
using Dendrite.Kernels.Operators;

namespace Dendrite.Tests.Kernels;

/// <summary>ReLU and its backward mask: hand values, the subgradient at 0, and agreement of every vector width.</summary>
public class ReluOperatorTests
{
    [Theory]
    [InlineData(2.5f, 2.5f)]
    [InlineData(-1f, 0f)]
    [InlineData(0f, 0f)]
    [InlineData(float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity, 0f)]
    [InlineData(float.NaN, 0f)]
    [InlineData(1e-30f, 1e-30f)]
    public void Relu_HandValues(float x, float expected)
    {
        var op = default(ReluOperator);
        Assert.True(KernelTestData.Same(expected, op.Invoke(x)), $"relu({x}) = {op.Invoke(x)}");
        Assert.True(KernelTestData.Same((double)expected, op.Invoke((double)x)));
        AssertLanes(expected, op.Invoke(Vector128.Create(x)).AsSpan());
        AssertLanes(expected, op.Invoke(Vector256.Create(x)).AsSpan());
        AssertLanes(expected, op.Invoke(Vector512.Create(x)).AsSpan());
    }

    [Theory]
    [InlineData(3f, 0.5f, 0.5f)]
    [InlineData(1e-30f, -2f, -2f)]
    [InlineData(-3f, 0.5f, 0f)]
    [InlineData(0f, 0.5f, 0f)]   // subgradient choice: ReLU'(0) = 0
    [InlineData(float.NaN, 0.5f, 0f)]
    [InlineData(2f, float.NaN, float.NaN)]
    public void ReluGradient_PassesDyOnlyWherePositive(float x, float dy, float expected)
    {
        var op = default(ReluGradientOperator);
        Assert.True(KernelTestData.Same(expected, op.Invoke(x, dy)), $"relu'({x}) · {dy} = {op.Invoke(x, dy)}");
        Assert.True(KernelTestData.Same((double)expected, op.Invoke((double)x, (double)dy)));
        AssertLanes(expected, op.Invoke(Vector128.Create(x), Vector128.Create(dy)).AsSpan());
        AssertLanes(expected, op.Invoke(Vector256.Create(x), Vector256.Create(dy)).AsSpan());
        AssertLanes(expected, op.Invoke(Vector512.Create(x), Vector512.Create(dy)).AsSpan());
    }

    [Fact]
    public void NegativeZero_GivesPositiveZero()
    {
        Relu_HandValues(-0f, 0f);
        ReluGradient_PassesDyOnlyWherePositive(-0f, 0.5f, 0f);
    }

    [Fact]
    public void Relu_MixedLanes()
    {
        Vector256<float> x = Vector256.Create(-2f, -1f, 0f, 1f, 2f, float.NaN, -0f, 3f);
        Assert.Equal([0f, 0, 0, 1, 2, 0, 0, 3], default(ReluOperator).Invoke(x).AsSpan().ToArray());
        Vector256<float> g = default(ReluGradientOperator).Invoke(x, Vector256.Create(10f));
        Assert.Equal([0f, 0, 0, 10, 10, 0, 0, 10], g.AsSpan().ToArray());
    }

    private static void AssertLanes(float expected, ReadOnlySpan<float> lanes)
    {
        foreach (float v in lanes)
        {
            Assert.True(KernelTestData.Same(expected, v), $"lane {v}, expected {expected}");
        }
    }
}

internal static class VectorSpanExtensions
{
    public static ReadOnlySpan<float> AsSpan(this Vector128<float> v) => ToArray(v.Count(), i => v[i]);

    public static ReadOnlySpan<float> AsSpan(this Vector256<float> v) => ToArray(Vector256<float>.Count, i => v[i]);

    public static ReadOnlySpan<float> AsSpan(this Vector512<float> v) => ToArray(Vector512<float>.Count, i => v[i]);

    private static int Count(this Vector128<float> v) => Vector128<float>.Count;

    private static float[] ToArray(int n, Func<int, float> lane)
    {
        var a = new float[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = lane(i);
        }

        return a;
    }
}
