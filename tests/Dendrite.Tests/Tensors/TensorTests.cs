using Dendrite.Tensors;

namespace Dendrite.Tests.Tensors;

public class TensorTests
{
    [Fact]
    public void Construct_From2DArray_CopiesRowMajor()
    {
        float[,] data = { { 1, 2, 3 }, { 4, 5, 6 } };
        var t = new Tensor(data);
        data[0, 0] = 100;
        Assert.Equal(new Shape(2, 3), t.Shape);
        Assert.Equal(DType.Float32, t.DType);
        Assert.Equal([1f, 2, 3, 4, 5, 6], t.ToArray());
        Assert.Equal(6f, t[1, 2]);
    }

    [Fact]
    public void Construct_From3DAnd4DArrays()
    {
        var t3 = new Tensor(new float[,,] { { { 1, 2 }, { 3, 4 }, { 5, 6 } }, { { 7, 8 }, { 9, 10 }, { 11, 12 } } });
        Assert.Equal(new Shape(2, 3, 2), t3.Shape);
        Assert.Equal(10f, t3[1, 1, 1]);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (float)i), t3.ToArray());

        var a4 = new float[2, 1, 3, 2];
        a4[1, 0, 2, 1] = 7;
        a4[0, 0, 1, 0] = 3;
        var t4 = new Tensor(a4);
        Assert.Equal(new Shape(2, 1, 3, 2), t4.Shape);
        Assert.Equal(7f, t4[1, 0, 2, 1]);
        Assert.Equal(3f, t4.ToArray()[2]);
        Assert.Equal(7f, t4.ToArray()[11]);
    }

    [Fact]
    public void Construct_FromJaggedArray()
    {
        var t = new Tensor([[1f, 2f], [3f, 4f], [5f, 6f]]);
        Assert.Equal(new Shape(3, 2), t.Shape);
        Assert.Equal([1f, 2, 3, 4, 5, 6], t.ToArray());
        Assert.Equal(new Shape(0, 0), new Tensor(Array.Empty<float[]>()).Shape);
    }

    [Fact]
    public void Construct_FromRaggedJaggedArray_NamesTheRow()
    {
        var e = Assert.Throws<ArgumentException>(() => new Tensor([[1f, 2f], [3f, 4f], [5f]]));
        Assert.Contains("Row 2", e.Message);
        Assert.Contains("1 values", e.Message);
        Assert.Equal("rows", e.ParamName);
    }

    [Fact]
    public void ImplicitConversions_FromArraysAndLabels()
    {
        Tensor labels = new[] { 0, 2, 1, 2 };
        Assert.Equal(new Shape(4), labels.Shape);
        Assert.Equal([0f, 2, 1, 2], labels.ToArray());

        Tensor m = new float[,] { { 1, 2 }, { 3, 4 } };
        Assert.Equal(new Shape(2, 2), m.Shape);

        float[] v = [1, 2, 3];
        Tensor t = v;
        v[0] = 9; // copied
        Assert.Equal(new Shape(3), t.Shape);
        Assert.Equal(1f, t[0]);

        Assert.Equal([5f, 7], Tensor.FromLabels([5, 7]).ToArray());
    }

    [Fact]
    public void WrappingConstructors_ShareTheArrayAndCheckSize()
    {
        float[] data = [1, 2, 3, 4, 5, 6];
        var t = new Tensor(data, new Shape(2, 3));
        data[4] = 50;
        Assert.Equal(50f, t[1, 1]);

        var d = new Tensor(new double[] { 1.5, 2.5 }, new Shape(2));
        Assert.Equal(DType.Float64, d.DType);
        Assert.Equal([1.5, 2.5], d.ToDoubleArray());

        var e = Assert.Throws<ArgumentException>(() => new Tensor(new float[5], new Shape(2, 3)));
        Assert.Contains("(2, 3)", e.Message);
        Assert.Throws<ArgumentException>(() => new Tensor(new float[6], new Shape(-1, 3)));
        Assert.Throws<ArgumentException>(() => Tensor.Zeros(new Shape(-1, 3)));
    }

    [Fact]
    public void ToArray2D_RoundTripsAndRejectsOtherRanks()
    {
        float[,] data = { { 1, 2, 3 }, { 4, 5, 6 } };
        Assert.Equal(data, new Tensor(data).ToArray2D());
        var e = Assert.Throws<InvalidOperationException>(() => Tensor.Zeros(new Shape(2, 2, 2)).ToArray2D());
        Assert.Contains("(2, 2, 2)", e.Message);
    }

    [Fact]
    public void Indexer_ReadsAndWritesWithNegativeIndices()
    {
        Tensor t = new float[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        Assert.Equal(6f, t[-1, -1]);
        Assert.Equal(1f, t[-2, 0]);
        Assert.Equal(4f, t[-1, 0]);
        t[-1, 1] = 50;
        Assert.Equal(50f, t[1, 1]);
        Assert.Equal(50.0, t.GetFlat(4));

        Tensor d = Tensor.Zeros(new Shape(2, 2), DType.Float64);
        d[1, 0] = 2.5f;
        Assert.Equal(2.5, d.GetFlat(2));
        Assert.Equal(2.5f, d[-1, -2]);
    }

    [Fact]
    public void Indexer_OutOfRangeAndWrongRank_Throw()
    {
        Tensor t = new float[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var e = Assert.Throws<IndexOutOfRangeException>(() => t[2, 0]);
        Assert.Contains("axis 0", e.Message);
        Assert.Throws<IndexOutOfRangeException>(() => t[0, 3]);
        Assert.Throws<IndexOutOfRangeException>(() => t[0, -4]);
        Assert.Throws<IndexOutOfRangeException>(() => t[-3, 0] = 1);
        Assert.Throws<ArgumentException>(() => t[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => t.GetFlat(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.SetFlat(-1, 0));
    }

    [Fact]
    public void Scalar_ZerosFullOnes()
    {
        Tensor s = Tensor.Scalar(3.5);
        Assert.Equal(0, s.Rank);
        Assert.Equal(3.5, s.ToScalar());
        Assert.Equal(3.5f, s[ReadOnlySpan<int>.Empty]);
        Assert.All(Tensor.Ones(new Shape(2, 2)).ToArray(), v => Assert.Equal(1f, v));
        Assert.All(Tensor.Full(new Shape(3), 0.25, DType.Float64).ToDoubleArray(), v => Assert.Equal(0.25, v));
        Assert.Equal(DType.Float64, Tensor.ZerosLike(Tensor.Scalar(1, DType.Float64)).DType);
        Assert.Throws<InvalidOperationException>(() => Tensor.Zeros(new Shape(2)).ToScalar());
    }

    [Fact]
    public void Spans_MatchTheDType()
    {
        Tensor f = Tensor.Zeros(new Shape(3));
        Tensor d = Tensor.Zeros(new Shape(3), DType.Float64);
        f.AsSpan()[1] = 2;
        d.AsDoubleSpan()[2] = 3;
        Assert.Equal(2f, f[1]);
        Assert.Equal(3f, d[2]);
        Assert.Throws<InvalidOperationException>(() => f.AsDoubleSpan());
        Assert.Throws<InvalidOperationException>(() => d.AsSpan());
        Assert.Throws<InvalidOperationException>(() => d.Span<float>());
    }

    [Fact]
    public void Rows_IsAViewThatSharesMemory()
    {
        Tensor t = new float[,] { { 1, 2 }, { 3, 4 }, { 5, 6 }, { 7, 8 } };
        Tensor rows = t.Rows(1, 2);
        Assert.Equal(new Shape(2, 2), rows.Shape);
        Assert.Equal([3f, 4, 5, 6], rows.ToArray());
        rows[0, 1] = 40;
        Assert.Equal(40f, t[1, 1]);
        t[2, 0] = 50;
        Assert.Equal(50f, rows[1, 0]);
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(ref t.AsSpan()[2], ref rows.AsSpan()[0]));

        Assert.Equal(new Shape(0, 2), t.Rows(4, 0).Shape);
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Rows(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Rows(-1, 1));
        Assert.Throws<InvalidOperationException>(() => Tensor.Scalar(1).Rows(0, 1));
    }

    [Fact]
    public void Rows_OfAView_KeepsTheOffset()
    {
        Tensor t = Tensor.Zeros(new Shape(6, 2));
        for (int i = 0; i < 12; i++)
        {
            t.SetFlat(i, i);
        }

        Tensor inner = t.Rows(1, 4).Rows(2, 1);
        Assert.Equal([6f, 7], inner.ToArray());
        Tensor flat = t.Rows(2, 3).View(new Shape(-1));
        Assert.Equal(new Shape(6), flat.Shape);
        Assert.Equal(4f, flat[0]);
    }

    [Fact]
    public void View_InfersMinusOneAndSharesMemory()
    {
        Tensor t = Tensor.Zeros(new Shape(2, 6));
        Tensor v = t.View(new Shape(3, -1));
        Assert.Equal(new Shape(3, 4), v.Shape);
        v[2, 3] = 9;
        Assert.Equal(9f, t[1, 5]);
        Assert.Equal(new Shape(12), t.View(new Shape(-1)).Shape);
        Assert.Equal(new Shape(2, 2, 3), t.View(new Shape(2, -1, 3)).Shape);
    }

    [Fact]
    public void InferShape_RejectsBadShapes()
    {
        Tensor t = Tensor.Zeros(new Shape(2, 6));
        Assert.Contains("only one dimension", Assert.Throws<ArgumentException>(() => t.View(new Shape(-1, -1))).Message);
        Assert.Throws<ArgumentException>(() => t.View(new Shape(5, -1)));
        Assert.Throws<ArgumentException>(() => t.View(new Shape(0, -1)));
        var e = Assert.Throws<ArgumentException>(() => t.View(new Shape(4, 4)));
        Assert.Contains("(2, 6)", e.Message);
        Assert.Equal(new Shape(0, 5), Tensor.InferShape(new Shape(-1, 5), 0, new Shape(0)));
    }

    [Fact]
    public void Clone_IsDeep()
    {
        Tensor t = new float[] { 1, 2, 3 };
        Tensor c = t.Clone();
        c[0] = 10;
        Assert.Equal(1f, t[0]);

        Tensor d = Tensor.Full(new Shape(2), 1.25, DType.Float64);
        Tensor dc = d.Clone();
        dc.SetFlat(0, 7);
        Assert.Equal(DType.Float64, dc.DType);
        Assert.Equal(1.25, d.GetFlat(0));

        Tensor view = Tensor.Zeros(new Shape(4)).Rows(1, 2);
        view[0] = 3;
        Assert.Equal([3f, 0], view.Clone().ToArray());
    }

    [Fact]
    public void CopyFrom_ConvertsDTypesAndChecksShape()
    {
        Tensor f = Tensor.Zeros(new Shape(2));
        f.CopyFrom(new Tensor(new double[] { 0.1, 2 }, new Shape(2)));
        Assert.Equal([0.1f, 2f], f.ToArray());

        Tensor d = Tensor.Zeros(new Shape(2), DType.Float64);
        d.CopyFrom(new float[] { 0.1f, 3 });
        Assert.Equal((double)0.1f, d.GetFlat(0));

        Tensor same = Tensor.Zeros(new Shape(2));
        same.CopyFrom(new float[] { 4, 5 });
        Assert.Equal([4f, 5], same.ToArray());

        var e = Assert.Throws<ArgumentException>(() => f.CopyFrom(Tensor.Zeros(new Shape(3))));
        Assert.Contains("(3,)", e.Message);
    }

    [Fact]
    public void To_ConvertsOrReturnsThis()
    {
        Tensor f = new float[] { 1.5f, -2 };
        Assert.Same(f, f.To(DType.Float32));
        Tensor d = f.To(DType.Float64);
        Assert.Equal(DType.Float64, d.DType);
        Assert.Equal([1.5, -2.0], d.ToDoubleArray());
        d.SetFlat(0, 9);
        Assert.Equal(1.5f, f[0]);
        Assert.Equal([9f, -2f], d.To(DType.Float32).ToArray());
    }

    [Fact]
    public void AllFinite_FindsTheFirstNonFinite()
    {
        Tensor t = new float[] { 1, 2, float.NaN, float.PositiveInfinity };
        Assert.False(t.AllFinite());
        Assert.Equal(2, t.IndexOfNonFinite());
        Assert.True(Tensor.Ones(new Shape(3)).AllFinite());
        Tensor d = new Tensor(new double[] { 0, double.NegativeInfinity }, new Shape(2));
        Assert.Equal(1, d.IndexOfNonFinite());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(18)]
    [InlineData(29)]
    [InlineData(37)]
    [InlineData(45)]
    [InlineData(64)]
    [InlineData(98)]
    public void IndexOfNonFinite_FindsEachKindAtAnyPositionOfALongTensor(int position)
    {
        // 99 elements: whole steps of four vectors of every width (the positions fall in each of a step's four vectors),
        // then a tail; extreme finite values (largest, smallest subnormal,
        // negative zero) must not count.
        foreach (float bad in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00001)) })
        {
            float[] values = [.. Enumerable.Range(0, 99).Select(i => (i % 3) switch { 0 => float.MaxValue, 1 => -float.Epsilon, _ => -0f })];
            Assert.Equal(-1, new Tensor(values, new Shape(99)).IndexOfNonFinite());
            values[position] = bad;
            values[98 - ((98 - position) / 2)] = float.NaN; // a later non-finite value must not win
            Assert.Equal(position, new Tensor(values, new Shape(99)).IndexOfNonFinite());
        }

        double[] doubles = [.. Enumerable.Range(0, 99).Select(i => i % 2 == 0 ? double.MaxValue : -double.Epsilon)];
        Assert.Equal(-1, new Tensor(doubles, new Shape(99)).IndexOfNonFinite());
        doubles[position] = double.NegativeInfinity;
        Assert.Equal(position, new Tensor(doubles, new Shape(99)).IndexOfNonFinite());
    }

    [Fact]
    public void ToString_IsNumpyLike()
    {
        Assert.Equal("[[1, 2],\n [3, 4]], shape=(2, 2)", new Tensor(new float[,] { { 1, 2 }, { 3, 4 } }).ToString());
        Assert.Equal("[0.5, -1.25, 3], shape=(3,)", new Tensor(new[] { 0.5f, -1.25f, 3f }).ToString());
        Assert.Equal("7, shape=()", Tensor.Scalar(7).ToString());
        Assert.Equal("[0.1], shape=(1,), dtype=float64", new Tensor(new[] { 0.1 }, new Shape(1)).ToString());
        Assert.Equal("[[[1],\n  [2]]], shape=(1, 2, 1)", new Tensor(new float[] { 1, 2 }, new Shape(1, 2, 1)).ToString());
        Assert.Equal("[], shape=(0,)", Tensor.Zeros(new Shape(0)).ToString());
    }

    [Fact]
    public void ToString_ElidesMoreThan1000Elements()
    {
        Tensor exactly = Tensor.Zeros(new Shape(1000));
        Assert.DoesNotContain("...", exactly.ToString());

        Tensor big = Tensor.Zeros(new Shape(1001));
        for (int i = 0; i < big.Size; i++)
        {
            big.SetFlat(i, i);
        }

        Assert.Equal("[0, 1, 2, ..., 998, 999, 1000], shape=(1001,)", big.ToString());

        Tensor m = Tensor.Zeros(new Shape(40, 30));
        string s = m.ToString();
        Assert.Contains("...", s);
        Assert.Equal(7, s.Split('\n').Length); // 3 rows, "...", 3 rows
        Assert.EndsWith("shape=(40, 30)", s);
        Assert.Equal(" ...,", s.Split('\n')[3]);
    }
}
