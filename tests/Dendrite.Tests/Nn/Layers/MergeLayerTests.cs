using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;
using AddLayer = Dendrite.Nn.Layers.Add;

namespace Dendrite.Tests.Nn.Layers;

public class MergeLayerTests
{
    private static readonly Tensor s_a = new(new float[,] { { 1, -2, 3 }, { 0.5f, 4, -1 } });
    private static readonly Tensor s_b = new(new float[,] { { 2, 2, -3 }, { 1.5f, -4, 0 } });
    private static readonly Tensor s_c = new(new float[,] { { 0, 5, 1 }, { -1, 1, 2 } });

    public static TheoryData<Merge, float[]> Cases() => new()
    {
        { new AddLayer(), [3, 5, 1, 1, 1, 1] },                           // a + b + c
        { new Multiply(), [0, -20, -9, -0.75f, -16, 0] },                 // a · b · c
        { new Average(), [1, 5 / 3f, 1 / 3f, 1 / 3f, 1 / 3f, 1 / 3f] },   // (a + b + c) / 3
        { new Maximum(), [2, 5, 3, 1.5f, 4, 2] },                         // max(a, b, c)
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CombinesThreeInputsElementWise(Merge layer, float[] expected)
    {
        Tensor y = layer.Call([s_a, s_b, s_c]);
        Assert.Equal(s_a.Shape, y.Shape);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], y.AsSpan()[i], 5);
        }
    }

    [Fact]
    public void SubtractTakesExactlyTwo()
    {
        Assert.Equal(new float[] { -1, -4, 6, -1, 8, -1 }, new Subtract().Call([s_a, s_b]).ToArray());
        var e = Assert.Throws<ShapeMismatchException>(() => new Subtract().Call([s_a, s_b, s_c]));
        Assert.Contains("exactly 2 inputs, received 3", e.Message);
    }

    [Fact]
    public void ConcatenateJoinsAlongTheLastAxis()
    {
        var layer = new Concatenate();
        Tensor y = layer.Call([s_a, new Tensor(new float[,] { { 7 }, { 8 } })]);
        Assert.Equal(new Shape(2, 4), y.Shape);
        Assert.Equal(new float[] { 1, -2, 3, 7, 0.5f, 4, -1, 8 }, y.ToArray());
        Assert.Equal(new Shape(-1, 5), layer.ComputeOutputShape([new Shape(-1, 3), new Shape(-1, 2)]));
        var e = Assert.Throws<ShapeMismatchException>(() => new Concatenate(axis: 1).ComputeOutputShape([new Shape(-1, 3, 2), new Shape(-1, 3, 4)]));
        Assert.Contains("agree except on axis 1", e.Message);
    }

    [Fact]
    public void AMergeLayerRefusesASingleTensor()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => new AddLayer().Apply(s_a));
        Assert.Contains("apply it to a list", e.Message);
        var e2 = Assert.Throws<ShapeMismatchException>(() => new Average().Call([s_a, new Tensor(new float[,] { { 1, 2 } })]));
        Assert.Contains("one shape", e2.Message);
    }

    [Theory]
    [InlineData("add")]
    [InlineData("subtract")]
    [InlineData("multiply")]
    [InlineData("average")]
    [InlineData("maximum")]
    [InlineData("concatenate")]
    public void GradientsMatchCentralDifferences(string kind)
    {
        Layer layer = kind switch
        {
            "add" => new AddLayer(),
            "subtract" => new Subtract(),
            "multiply" => new Multiply(),
            "average" => new Average(),
            "maximum" => new Maximum(),
            _ => new Concatenate(),
        };
        Tensor b64 = s_b.To(DType.Float64);
        GradientCheckResult check = GradientCheck.Check(x => layer.Call([x, b64]), s_a);
        Assert.True(check.Passed, check.ToString());
    }
}
