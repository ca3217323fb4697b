// The graph builder's own promises: unique value and node names, exact reserved names (twice is an error),
// initializers as little-endian float32 raw_data in the declared shape, one initializer per shared tensor and
// shape, and value infos with the symbolic "batch" dimension.
using Dendrite.Onnx;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxGraphBuilderTests
{
    [Fact]
    public void UniqueName_AppendsACounterToATakenName_AndReserveRefusesATakenName()
    {
        var graph = new OnnxGraphBuilder("g", 17);

        Assert.Equal("x", graph.Reserve("x"));
        Assert.Equal("x_1", graph.UniqueName("x"));
        Assert.Equal("x_2", graph.UniqueName("x"));
        Assert.Equal("dense", graph.UniqueName("dense"));
        var error = Assert.Throws<InvalidOperationException>(() => graph.Reserve("x_1"));
        Assert.Equal("ONNX graph 'g' already has a value named 'x_1'; model input and output names must be distinct.", error.Message);
    }

    [Fact]
    public void Nodes_GetUniqueNamesAfterTheirOutputAndOperator()
    {
        var graph = new OnnxGraphBuilder("g", 17);

        graph.AddNode("Relu", ["x"], "y");
        graph.AddNode("Relu", ["y"], "y");

        Assert.Equal(["y/Relu", "y/Relu_1"], graph.Graph.Node.Select(n => n.Name));
        Assert.True(graph.IsWritten("y"));
        Assert.False(graph.IsWritten("x"));
    }

    [Fact]
    public void AddInitializer_WritesLittleEndianFloat32RawDataInTheGivenShape()
    {
        var graph = new OnnxGraphBuilder("g", 17);

        string name = graph.AddInitializer("w", new Tensor(new float[,] { { 1, -2 }, { 0.5f, 3 } }), new Shape(1, 4));

        TensorProto tensor = Assert.Single(graph.Graph.Initializer);
        Assert.Equal(("w", (int)TensorProto.Types.DataType.Float), (name, tensor.DataType));
        Assert.Equal([1L, 4L], tensor.Dims);
        // IEEE 754 single, little-endian: 1 = 00 00 80 3F, −2 = 00 00 00 C0, 0.5 = 00 00 00 3F, 3 = 00 00 40 40.
        Assert.Equal([0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x3F, 0x00, 0x00, 0x40, 0x40], tensor.RawData.ToByteArray());
    }

    [Fact]
    public void TheSameTensorInTheSameShapeIsWrittenOnce_AnotherShapeOrTensorAgain()
    {
        var graph = new OnnxGraphBuilder("g", 17);
        Tensor weight = Tensor.Ones(new Shape(3));

        string first = graph.AddInitializer("layer/gamma", weight);
        string again = graph.AddInitializer("layer/gamma", weight);
        string reshaped = graph.AddInitializer("layer/gamma", weight, new Shape(1, 3));
        string other = graph.AddInitializer("layer/gamma", Tensor.Ones(new Shape(3)));

        Assert.Equal("layer/gamma", first);
        Assert.Equal(first, again);
        Assert.Equal(["layer/gamma", "layer/gamma_1", "layer/gamma_2"], graph.Graph.Initializer.Select(i => i.Name));
        Assert.Equal(("layer/gamma_1", "layer/gamma_2"), (reshaped, other));
    }

    [Fact]
    public void AddInitializer_RefusesValuesThatDoNotFillTheShape()
    {
        var graph = new OnnxGraphBuilder("g", 17);

        var error = Assert.Throws<ArgumentException>(() => graph.AddInitializer("w", [1f, 2f, 3f], 2, 2));

        Assert.StartsWith("Initializer 'w' has 3 values for shape (2, 2).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueInfos_WriteTheBatchAxisAsTheSymbolBatchAndTheOthersAsSizes()
    {
        var graph = new OnnxGraphBuilder("g", 17);

        graph.AddInput("x", new Shape(-1, 4, 3));

        TensorShapeProto shape = Assert.Single(graph.Graph.Input).Type.TensorType.Shape;
        Assert.Equal(["batch", "", ""], shape.Dim.Select(d => d.DimParam));
        Assert.Equal([0L, 4L, 3L], shape.Dim.Select(d => d.DimValue));
        Assert.Equal(TensorShapeProto.Types.Dimension.ValueOneofCase.DimParam, shape.Dim[0].ValueCase);
    }
}
