using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>Every driver, at every SIMD tier, for every length 0..257, against the operator's scalar Invoke.</summary>
public class ElementwiseTests
{
    private const int MaxLength = 257;

    public static TheoryData<int> Tiers => KernelTestData.Tiers;

    [Theory]
    [MemberData(nameof(Tiers))]
    public void BinaryOperators_Float(int tier) => AllBinary<float>((SimdTier)tier);

    [Theory]
    [MemberData(nameof(Tiers))]
    public void BinaryOperators_Double(int tier) => AllBinary<double>((SimdTier)tier);

    [Theory]
    [MemberData(nameof(Tiers))]
    public void UnaryOperators_Float(int tier) => CheckUnary<float, ReluOperator>((SimdTier)tier);

    [Theory]
    [MemberData(nameof(Tiers))]
    public void UnaryOperators_Double(int tier) => CheckUnary<double, ReluOperator>((SimdTier)tier);

    [Fact]
    public void DefaultTier_MatchesScalar()
    {
        var rng = new RandomGenerator(3);
        float[] x = KernelTestData.Uniform<float>(rng, 100), y = KernelTestData.Uniform<float>(rng, 100);
        var best = new float[100];
        var scalar = new float[100];
        Elementwise.Map(x, y, best, default(MultiplyOperator));
        Elementwise.Map(x, y, scalar, default(MultiplyOperator), SimdTier.Scalar);
        Assert.Equal(scalar, best);
    }

    [Fact]
    public void MismatchedLengths_Throw()
    {
        Assert.Throws<ArgumentException>(() => Elementwise.Map(new float[3], new float[4], new float[3], default(AddOperator)));
        Assert.Throws<ArgumentException>(() => Elementwise.Map(new float[3], new float[3], new float[2], default(AddOperator)));
        Assert.Throws<ArgumentException>(() => Elementwise.Map(new float[3], new float[2], default(ReluOperator)));
        Assert.Throws<ArgumentException>(() => Elementwise.MapScalarRight(new float[3], 1f, new float[4], default(AddOperator)));
        Assert.Throws<ArgumentException>(() => Elementwise.MapScalarLeft(1f, new float[3], new float[4], default(AddOperator)));
    }

    [Fact]
    public void InPlace_DestinationMayAliasTheInput()
    {
        float[] x = [1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12, 13, -14, 15, -16, 17];
        Elementwise.Map(x, x, default(ReluOperator), SimdTier.Vector256);
        Assert.Equal([1f, 0, 3, 0, 5, 0, 7, 0, 9, 0, 11, 0, 13, 0, 15, 0, 17], x);
    }

    private static void AllBinary<T>(SimdTier tier)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        CheckBinary<T, AddOperator>(tier);
        CheckBinary<T, SubtractOperator>(tier);
        CheckBinary<T, MultiplyOperator>(tier);
        CheckBinary<T, DivideOperator>(tier);
        CheckBinary<T, MaximumOperator>(tier);
        CheckBinary<T, MinimumOperator>(tier);
        CheckBinary<T, ReluGradientOperator>(tier);
    }

    private static void CheckBinary<T, TOp>(SimdTier tier)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
    {
        var op = default(TOp);
        var rng = new RandomGenerator(20240101);
        T sentinel = T.CreateChecked(-12345.5);
        for (int n = 0; n <= MaxLength; n++)
        {
            T[] x = KernelTestData.WithSpecials<T>(rng, n);
            T[] y = KernelTestData.WithSpecials<T>(rng, n);
            T s = n > 0 ? y[0] : T.One;
            var map = New(n, sentinel);
            var right = New(n, sentinel);
            var left = New(n, sentinel);
            Elementwise.Map<T, TOp>(x, y, map.AsSpan(1, n), op, tier);
            Elementwise.MapScalarRight<T, TOp>(x, s, right.AsSpan(1, n), op, tier);
            Elementwise.MapScalarLeft<T, TOp>(s, y, left.AsSpan(1, n), op, tier);
            for (int i = 0; i < n; i++)
            {
                Expect(op.Invoke(x[i], y[i]), map[i + 1], "Map", x[i], y[i]);
                Expect(op.Invoke(x[i], s), right[i + 1], "MapScalarRight", x[i], s);
                Expect(op.Invoke(s, y[i]), left[i + 1], "MapScalarLeft", s, y[i]);
            }

            foreach (T[] d in new[] { map, right, left })
            {
                Assert.True(d[0] == sentinel && d[n + 1] == sentinel, $"{typeof(TOp).Name} at {tier}, n={n}: wrote outside the destination");
            }

            void Expect(T expected, T actual, string driver, T a, T b)
            {
                if (!KernelTestData.Same(expected, actual))
                {
                    Assert.Fail($"{typeof(TOp).Name}.{driver}<{typeof(T).Name}> at {tier}, n={n}: f({a}, {b}) = {actual}, scalar reference {expected}");
                }
            }
        }
    }

    private static void CheckUnary<T, TOp>(SimdTier tier)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IUnaryOperator
    {
        var op = default(TOp);
        var rng = new RandomGenerator(77);
        T sentinel = T.CreateChecked(-12345.5);
        for (int n = 0; n <= MaxLength; n++)
        {
            T[] x = KernelTestData.WithSpecials<T>(rng, n);
            var d = New(n, sentinel);
            Elementwise.Map<T, TOp>(x, d.AsSpan(1, n), op, tier);
            for (int i = 0; i < n; i++)
            {
                if (!KernelTestData.Same(op.Invoke(x[i]), d[i + 1]))
                {
                    Assert.Fail($"{typeof(TOp).Name}<{typeof(T).Name}> at {tier}, n={n}: f({x[i]}) = {d[i + 1]}, scalar reference {op.Invoke(x[i])}");
                }
            }

            Assert.True(d[0] == sentinel && d[n + 1] == sentinel, $"n={n}: wrote outside the destination");
        }
    }

    private static T[] New<T>(int n, T sentinel)
    {
        var a = new T[n + 2];
        Array.Fill(a, sentinel);
        return a;
    }
}
