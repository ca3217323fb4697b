using System.Runtime.Intrinsics;
using Dendrite.Kernels;
using Dendrite.Kernels.Operators;

namespace Dendrite.Tests.Kernels;

/// <summary>Hand-computed values of the arithmetic operators, with every vector width agreeing lane by lane.</summary>
public class ArithmeticOperatorTests
{
    [Fact]
    public void Add_Subtract_Multiply_Divide_HandValues()
    {
        Assert.Equal(3.75f, Eval<AddOperator>(1.5f, 2.25f));
        Assert.Equal(-0.75f, Eval<SubtractOperator>(1.5f, 2.25f));
        Assert.Equal(3.375f, Eval<MultiplyOperator>(1.5f, 2.25f));
        Assert.Equal(0.75f, Eval<DivideOperator>(1.5f, 2f));
        Assert.Equal(float.PositiveInfinity, Eval<DivideOperator>(1f, 0f));
        Assert.Equal(float.NegativeInfinity, Eval<DivideOperator>(1f, -0f));
        Assert.True(float.IsNaN(Eval<DivideOperator>(0f, 0f)));
        Assert.True(float.IsNaN(Eval<AddOperator>(float.PositiveInfinity, float.NegativeInfinity)));
    }

    [Fact]
    public void Subtract_And_Divide_AreNotCommuted()
    {
        Assert.Equal(3f, Eval<SubtractOperator>(5f, 2f));
        Assert.Equal(2.5f, Eval<DivideOperator>(5f, 2f));
    }

    [Theory]
    [InlineData(1f, 2f, 2f, 1f)]
    [InlineData(-3f, -7f, -3f, -7f)]
    [InlineData(float.NegativeInfinity, 5f, 5f, float.NegativeInfinity)]
    public void Maximum_Minimum_HandValues(float x, float y, float max, float min)
    {
        Assert.True(KernelTestData.Same(max, Eval<MaximumOperator>(x, y)), $"max({x}, {y})");
        Assert.True(KernelTestData.Same(min, Eval<MinimumOperator>(x, y)), $"min({x}, {y})");
    }

    [Fact]
    public void Maximum_Minimum_OrderSignedZeros()
    {
        // IEEE 754-2019 maximum/minimum: -0 < +0, in either argument order.
        Assert.True(KernelTestData.Same(0f, Eval<MaximumOperator>(-0f, 0f)));
        Assert.True(KernelTestData.Same(0f, Eval<MaximumOperator>(0f, -0f)));
        Assert.True(KernelTestData.Same(-0f, Eval<MinimumOperator>(-0f, 0f)));
        Assert.True(KernelTestData.Same(-0f, Eval<MinimumOperator>(0f, -0f)));
    }

    [Theory]
    [InlineData(float.NaN, 1f)]
    [InlineData(1f, float.NaN)]
    [InlineData(float.NaN, float.NaN)]
    public void Maximum_Minimum_PropagateNaN(float x, float y)
    {
        Assert.True(float.IsNaN(Eval<MaximumOperator>(x, y)));
        Assert.True(float.IsNaN(Eval<MinimumOperator>(x, y)));
        Assert.True(double.IsNaN(Eval<MaximumOperator>((double)x, y)));
        Assert.True(double.IsNaN(Eval<MinimumOperator>((double)x, y)));
    }

    /// <summary>op(x, y) from the scalar Invoke, after checking every lane of every vector width gives the same.</summary>
    internal static T Eval<TOp, T>(T x, T y)
        where TOp : struct, IBinaryOperator
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var op = default(TOp);
        T s = op.Invoke(x, y);
        Vector128<T> v128 = op.Invoke(Vector128.Create(x), Vector128.Create(y));
        Vector256<T> v256 = op.Invoke(Vector256.Create(x), Vector256.Create(y));
        Vector512<T> v512 = op.Invoke(Vector512.Create(x), Vector512.Create(y));
        for (int i = 0; i < Vector128<T>.Count; i++)
        {
            Assert.True(KernelTestData.Same(s, v128[i]), $"{typeof(TOp).Name}({x}, {y}): Vector128 lane {i} = {v128[i]}, scalar {s}");
        }

        for (int i = 0; i < Vector256<T>.Count; i++)
        {
            Assert.True(KernelTestData.Same(s, v256[i]), $"{typeof(TOp).Name}({x}, {y}): Vector256 lane {i} = {v256[i]}, scalar {s}");
        }

        for (int i = 0; i < Vector512<T>.Count; i++)
        {
            Assert.True(KernelTestData.Same(s, v512[i]), $"{typeof(TOp).Name}({x}, {y}): Vector512 lane {i} = {v512[i]}, scalar {s}");
        }

        return s;
    }

    private static float Eval<TOp>(float x, float y)
        where TOp : struct, IBinaryOperator => Eval<TOp, float>(x, y);

    private static double Eval<TOp>(double x, double y)
        where TOp : struct, IBinaryOperator => Eval<TOp, double>(x, y);
}
