using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

public class BroadcastTests
{
    public static TheoryData<int[], int[]> Pairs => new()
    {
        { [2, 3, 4], [4] },
        { [4], [2, 3, 4] },
        { [2, 1, 4], [3, 1] },
        { [3, 1], [2, 1, 4] },
        { [1], [5, 5] },
        { [5, 5], [1] },
        { [], [2, 2] },
        { [2, 2], [] },
        { [], [] },
        { [3, 1, 1], [1, 4, 5] },
        { [1, 4, 5], [3, 1, 1] },
        { [2, 3], [2, 3] },
        { [4, 1], [1, 4] },
        { [1, 3], [2, 1] },
        { [2, 1, 3, 1], [1, 4, 1, 5] },
        { [2, 3, 1], [2, 1, 4] },
        { [1, 1], [1, 1] },
        { [6, 1, 7], [6, 5, 7] },
        { [1, 5, 1], [4, 5, 6] },
        { [0, 3], [3] },
        { [3, 4], [3, 1] },
        { [3, 4], [1, 4] },
        { [2, 3, 4, 5], [3, 1, 5] },
        { [1, 1, 33], [9, 1] },
    };

    [Fact]
    public void Shapes_FollowsNumpy()
    {
        Assert.Equal(new Shape(8, 7, 6), Broadcast.Shapes(new Shape(8, 1, 6), new Shape(7, 1)));
        Assert.Equal(new Shape(2, 2), Broadcast.Shapes(Shape.Scalar, new Shape(2, 2)));
        Assert.Equal(new Shape(3, 4, 5), Broadcast.Shapes(new Shape(3, 1, 1), new Shape(1, 4, 5)));
        Assert.Equal(new Shape(0, 3), Broadcast.Shapes(new Shape(0, 3), new Shape(1, 3)));
        Assert.Equal(Shape.Scalar, Broadcast.Shapes(Shape.Scalar, Shape.Scalar));
    }

    [Fact]
    public void Shapes_Incompatible_SaysWhich()
    {
        var e = Assert.Throws<ArgumentException>(() => Broadcast.Shapes(new Shape(2, 3), new Shape(4)));
        Assert.Contains("(2, 3)", e.Message);
        Assert.Contains("(4,)", e.Message);
        Assert.Contains("3 and 4", e.Message);
        Assert.Throws<ArgumentException>(() => Broadcast.Shapes(new Shape(2, 3, 4), new Shape(3, 3, 4)));
        Assert.Throws<ArgumentException>(() => Broadcast.Shapes(new Shape(0), new Shape(2)));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Binary_MatchesNaiveIndexing(int[] a, int[] b)
    {
        CheckBinary<float, SubtractOperator>(a, b);
        CheckBinary<double, SubtractOperator>(a, b);
        CheckBinary<float, DivideOperator>(a, b);
        CheckBinary<double, AddOperator>(a, b);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void SumToShape_MatchesNaiveSum(int[] a, int[] b)
    {
        Shape outShape = Broadcast.Shapes(a, b);
        CheckSumToShape<double>(outShape, a, 1e-12);
        CheckSumToShape<double>(outShape, b, 1e-12);
        CheckSumToShape<float>(outShape, a, 1e-5);
        CheckSumToShape<float>(outShape, b, 1e-5);
    }

    [Fact]
    public void SumToShape_ToScalar_AndToItself()
    {
        double[] src = [1, 2, 3, 4, 5, 6];
        var dst = new double[1];
        Broadcast.SumToShape<double>(src, new Shape(2, 3), dst, Shape.Scalar);
        Assert.Equal(21, dst[0]);
        Broadcast.SumToShape<double>(src, new Shape(2, 3), dst, new Shape(1, 1));
        Assert.Equal(21, dst[0]);
        var same = new double[6];
        Broadcast.SumToShape<double>(src, new Shape(2, 3), same, new Shape(2, 3));
        Assert.Equal(src, same);
        var cols = new double[3];
        Broadcast.SumToShape<double>(src, new Shape(2, 3), cols, new Shape(3));
        Assert.Equal([5.0, 7, 9], cols);
        var rows = new double[2];
        Broadcast.SumToShape<double>(src, new Shape(2, 3), rows, new Shape(2, 1));
        Assert.Equal([6.0, 15], rows);
    }

    private static void CheckBinary<T, TOp>(Shape aShape, Shape bShape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
    {
        var rng = new RandomGenerator(31);
        Shape outShape = Broadcast.Shapes(aShape, bShape);
        T[] a = KernelTestData.Uniform<T>(rng, aShape.Size);
        T[] b = KernelTestData.Uniform<T>(rng, bShape.Size);
        var actual = new T[outShape.Size];
        Broadcast.Binary<T, TOp>(a, aShape, b, bShape, actual, outShape, default);
        var index = new int[outShape.Rank];
        for (int flat = 0; flat < outShape.Size; flat++)
        {
            Unravel(flat, outShape, index);
            T expected = default(TOp).Invoke(a[SourceIndex(index, aShape)], b[SourceIndex(index, bShape)]);
            if (!KernelTestData.Same(expected, actual[flat]))
            {
                Assert.Fail($"{typeof(TOp).Name}<{typeof(T).Name}> {aShape} & {bShape}: element {flat} = {actual[flat]}, naive {expected}");
            }
        }
    }

    private static void CheckSumToShape<T>(Shape sourceShape, Shape targetShape, double tolerance)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var rng = new RandomGenerator(47);
        T[] src = KernelTestData.Uniform<T>(rng, sourceShape.Size);
        var expected = new double[targetShape.Size];
        var scale = new double[targetShape.Size];
        var index = new int[sourceShape.Rank];
        for (int flat = 0; flat < src.Length; flat++)
        {
            Unravel(flat, sourceShape, index);
            int t = SourceIndex(index, targetShape);
            expected[t] += double.CreateChecked(src[flat]);
            scale[t] += Math.Abs(double.CreateChecked(src[flat]));
        }

        var actual = new T[targetShape.Size];
        Array.Fill(actual, T.CreateChecked(999)); // must be overwritten
        Broadcast.SumToShape<T>(src, sourceShape, actual, targetShape);
        for (int i = 0; i < expected.Length; i++)
        {
            double got = double.CreateChecked(actual[i]);
            Assert.True(Math.Abs(got - expected[i]) <= tolerance * (1 + scale[i]), $"SumToShape<{typeof(T).Name}> {sourceShape} → {targetShape}: element {i} = {got}, naive {expected[i]}");
        }
    }

    /// <summary>Row-major multi-index of a flat index.</summary>
    internal static void Unravel(int flat, Shape shape, int[] index)
    {
        for (int i = shape.Rank - 1; i >= 0; i--)
        {
            index[i] = flat % shape[i];
            flat /= shape[i];
        }
    }

    /// <summary>The flat index into an operand of <paramref name="shape"/> that output <paramref name="index"/> reads (right-aligned; size-1 axes repeat).</summary>
    internal static int SourceIndex(int[] index, Shape shape)
    {
        int offset = index.Length - shape.Rank;
        int flat = 0;
        for (int i = 0; i < shape.Rank; i++)
        {
            flat = (flat * shape[i]) + (shape[i] == 1 ? 0 : index[offset + i]);
        }

        return flat;
    }
}
