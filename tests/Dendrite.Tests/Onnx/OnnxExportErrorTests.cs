// What the exporter refuses, and how it says so: a layer without a converter (a user's layer, or a user's
// subclass of a built-in base), an opset outside 17–21, a model that is not built, a model with no layer graph.
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Onnx;

public class OnnxExportErrorTests
{
    [Fact]
    public void ACustomLayer_IsRejectedNamingTheLayerItsTypeAndTheSupportedTypes()
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(4), new Doubler("twice"), new Dense(1)], seed: 41);
        using var dir = new TempDirectory();

        var error = Assert.Throws<NotSupportedException>(() => model.ExportOnnx(dir.File("model.onnx")));

        Assert.Contains("layer 'twice' of type Dendrite.Tests.Onnx.OnnxExportErrorTests+Doubler has no ONNX converter", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Model '{model.Name}' cannot be exported to ONNX", error.Message, StringComparison.Ordinal);
        Assert.Contains("Supported layer types: ActivationLayer, Add, AlphaDropout, Average, AveragePooling1D, AveragePooling2D, BatchNormalization, Bidirectional, Concatenate, Conv1D, Conv2D, ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Permute, RepeatVector, Reshape, SimpleRNN, Subtract, TimeDistributed, UpSampling2D, ZeroPadding2D.", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void AUsersSubclassOfABuiltInBase_IsNotExportedAsItsBase()
    {
        var a = new Input(new Shape(2));
        var b = new Input(new Shape(2));
        var model = new Model([a.Output, b.Output], [new Hypotenuse(name: "hypotenuse").Apply([a.Output, b.Output])], seed: 42);

        var error = Assert.Throws<NotSupportedException>(() => model.ToOnnx());

        Assert.Contains("layer 'hypotenuse' of type Dendrite.Tests.Onnx.OnnxExportErrorTests+Hypotenuse", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    public void AnOpsetOutside17To21_IsRejected(int opset)
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(1)], seed: 43);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => model.ToOnnx(opset));

        Assert.Contains($"supports opsets 17 to 21, received {opset}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnbuiltModel_IsRejected()
    {
        var model = new Sequential([new Dense(1)], name: "unbuilt", seed: 44);

        var error = Assert.Throws<InvalidOperationException>(() => model.ToOnnx());

        Assert.StartsWith("Model 'unbuilt' is not built", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASequentialWithOnlyAnInput_IsRejected()
    {
        var model = new Sequential([new Input(new Shape(3))], name: "empty", seed: 45);

        var error = Assert.Throws<InvalidOperationException>(() => model.ToOnnx());

        Assert.Contains("Sequential model 'empty' has no layers after its input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubclassedModelWithoutALayerGraph_IsRejected()
    {
        var error = Assert.Throws<NotSupportedException>(() => new Subclassed().ToOnnx());

        Assert.Contains("Model 'subclassed' of type Dendrite.Tests.Onnx.OnnxExportErrorTests+Subclassed has no layer graph to export", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A user's layer, y = 2x: the exporter has no converter for it.</summary>
    private sealed class Doubler(string name) : Layer(name)
    {
        public override Tensor Call(Tensor x, bool training = false) => Op.Multiply(x, 2.0);
    }

    /// <summary>A user's merge layer, sqrt(a² + b²): derived from the built-in Merge, still not exportable.</summary>
    private sealed class Hypotenuse(string name) : Merge(name)
    {
        protected override Tensor Combine(IReadOnlyList<Tensor> inputs) => Op.Sqrt(Op.Add(Op.Square(inputs[0]), Op.Square(inputs[1])));
    }

    /// <summary>A model that computes in its own Call (Keras' subclassing API) and so has no layer graph.</summary>
    private sealed class Subclassed : Model
    {
        public Subclassed()
            : base("subclassed", 1)
        {
            InputShape = new Shape(-1, 2);
            Built = true;
        }

        public override Tensor Call(Tensor x, bool training = false) => x;
    }
}
