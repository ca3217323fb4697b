using Dendrite.Tensors;

namespace Dendrite.Tests.Tensors;

public class ShapeTests
{
    [Fact]
    public void ToString_IsKerasStyle()
    {
        Assert.Equal("(None, 64)", new Shape(-1, 64).ToString());
        Assert.Equal("(5,)", new Shape(5).ToString());
        Assert.Equal("()", Shape.Scalar.ToString());
        Assert.Equal("()", default(Shape).ToString());
        Assert.Equal("(32, 10)", new Shape(32, 10).ToString());
        Assert.Equal("(2, 0, 3)", new Shape(2, 0, 3).ToString());
    }

    [Fact]
    public void Equality_ComparesDimensions()
    {
        var a = new Shape(2, 3);
        Shape b = new[] { 2, 3 };
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Shape(3, 2));
        Assert.NotEqual(a, new Shape(2, 3, 1));
        Assert.Equal(Shape.Scalar, default);
        Assert.False(a.Equals("(2, 3)"));
    }

    [Fact]
    public void Size_Rank_AndUnknownDimensions()
    {
        Assert.Equal(24, new Shape(2, 3, 4).Size);
        Assert.Equal(3, new Shape(2, 3, 4).Rank);
        Assert.Equal(1, Shape.Scalar.Size);
        Assert.Equal(0, Shape.Scalar.Rank);
        Assert.Equal(0, new Shape(4, 0).Size);
        Assert.Equal(-1, new Shape(-1, 8).Size);
        Assert.False(new Shape(-1, 8).IsFullyDefined);
        Assert.True(new Shape(1, 8).IsFullyDefined);
    }

    [Fact]
    public void Constructor_RejectsDimensionsBelowMinusOne()
    {
        var e = Assert.Throws<ArgumentException>(() => new Shape(3, -2));
        Assert.Contains("-2", e.Message);
        Assert.Contains("(3, -2)", e.Message);
    }

    [Fact]
    public void Indexers_AcceptNegativeAxesAndIndexFromEnd()
    {
        var s = new Shape(2, 3, 4);
        Assert.Equal(2, s[0]);
        Assert.Equal(4, s[-1]);
        Assert.Equal(3, s[-2]);
        Assert.Equal(4, s[^1]);
        Assert.Equal(1, s.NormalizeAxis(-2));
        Assert.Throws<ArgumentOutOfRangeException>(() => s[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => s[-4]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => s.NormalizeAxis(5));
        Assert.Contains("(2, 3, 4)", e.Message);
    }

    [Fact]
    public void With_WithBatch_WithoutBatch_ReturnNewShapes()
    {
        var s = new Shape(2, 3);
        Assert.Equal(new Shape(2, 7), s.With(-1, 7));
        Assert.Equal(new Shape(2, 3), s);
        Assert.Equal(new Shape(-1, 2, 3), s.WithBatch(-1));
        Assert.Equal(new Shape(3), s.WithoutBatch());
        int[] dims = s.ToArray();
        dims[0] = 99;
        Assert.Equal(2, s[0]);
    }

    [Fact]
    public void Constructor_CopiesItsInput()
    {
        int[] dims = [4, 5];
        var s = new Shape(dims);
        dims[0] = 1;
        Assert.Equal(new Shape(4, 5), s);
    }
}
