// Whole models: a deep Sequential MLP, a functional model with two inputs, two outputs and a shared layer, and
// a model loaded from a .dendrite file, each checked by ONNX Runtime against Predict on 1,000 random rows; the
// graph's declared opset, IR version, names and dynamic batch dimension (run at batch 1 and 1,000); the file
// written atomically.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Onnx;
using Dendrite.Onnx.Proto;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Tests.Models.Saving;
using Dendrite.Training;
using Microsoft.ML.OnnxRuntime;

namespace Dendrite.Tests.Onnx;

public class OnnxModelExportTests
{
    [Fact]
    public void DeepSequentialMlp_MatchesPredict()
    {
        var model = new Sequential(
            [
                new Input(new Shape(10)),
                new Dense(32, Activation.Relu),
                new Dense(32, Activation.Tanh),
                new Dense(24, Activation.Gelu),
                new Dense(24, Activation.Selu),
                new Dense(16, Activation.Silu),
                new Dense(16, Activation.Relu),
                new Dense(3, Activation.Softmax),
            ],
            seed: 31);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
    }

    [Fact]
    public void FunctionalModelWithTwoInputsTwoOutputsAndASharedLayer_MatchesPredictAndWritesSharedWeightsOnce()
    {
        Model model = TwoInputTwoOutputModel();

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        using var session = new InferenceSession(model.ToOnnx());
        Assert.Equal(["a", "b"], session.InputNames);
        Assert.Equal(["score", "class"], session.OutputNames);
        string[] initializers = [.. OnnxLayerExportTests.Parse(model).Graph.Initializer.Select(i => i.Name)];
        Assert.Equal(["shared/kernel", "shared/bias", "trunk/kernel", "trunk/bias", "score/kernel", "score/bias", "class/kernel", "class/bias"], initializers);
    }

    [Fact]
    public void TheBatchDimensionIsSymbolic_AndTheModelRunsAtBatch1And1000()
    {
        Model model = TwoInputTwoOutputModel();
        using var session = new InferenceSession(model.ToOnnx());

        foreach (NodeMetadata value in session.InputMetadata.Values.Concat(session.OutputMetadata.Values))
        {
            Assert.Equal(-1, value.Dimensions[0]);
            Assert.Equal("batch", value.SymbolicDimensions[0]);
        }

        Assert.Equal([-1, 4], session.InputMetadata["a"].Dimensions);
        Assert.Equal([-1, 3], session.OutputMetadata["class"].Dimensions);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 2);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1000, seed: 3);
    }

    [Theory]
    [InlineData(17, 8)]
    [InlineData(18, 8)]
    [InlineData(20, 9)]
    [InlineData(21, 10)]
    public void TheModelDeclaresItsOpsetAndTheMatchingIrVersion(int opset, long irVersion)
    {
        var model = new Sequential([new Input(new Shape(4), name: "features"), new Dense(2, Activation.Softmax, name: "probabilities")], seed: 32);

        ModelProto proto = OnnxLayerExportTests.Parse(model, opset);

        OperatorSetIdProto import = Assert.Single(proto.OpsetImport);
        Assert.Equal((string.Empty, (long)opset), (import.Domain, import.Version));
        Assert.Equal(irVersion, proto.IrVersion);
        Assert.Equal("Dendrite", proto.ProducerName);
        ValueInfoProto input = Assert.Single(proto.Graph.Input);
        Assert.Equal("features", input.Name);
        Assert.Equal((int)TensorProto.Types.DataType.Float, input.Type.TensorType.ElemType);
        Assert.Equal("batch", input.Type.TensorType.Shape.Dim[0].DimParam);
        Assert.Equal(4, input.Type.TensorType.Shape.Dim[1].DimValue);
        Assert.Equal("probabilities", Assert.Single(proto.Graph.Output).Name);
        OnnxRuntimeCheck.AssertMatchesPredict(model, opset: opset);
    }

    [Fact]
    public void AModelLoadedFromADendriteFile_MatchesPredict()
    {
        using var dir = new TempDirectory();
        Sequential trained = SavingTestModels.Trained(seed: 33);
        trained.Save(dir.File("model.dendrite"));
        Model loaded = Model.Load(dir.File("model.dendrite"));
        Tensor x = new RandomGenerator(34).NormalTensor(new Shape(1000, 3));

        OnnxRuntimeCheck.AssertMatchesPredict(loaded, [x]);
        Assert.Equal(trained.Predict(x).ToArray(), loaded.Predict(x).ToArray());
    }

    [Fact]
    public void ExportOnnx_ReplacesTheFileAtomicallyWithTheSameBytesAsToOnnx()
    {
        using var dir = new TempDirectory();
        string path = dir.File("model.onnx");
        File.WriteAllText(path, "an older file");
        var model = new Sequential([new Input(new Shape(3)), new Dense(2, Activation.Relu)], seed: 35);

        model.ExportOnnx(path);

        Assert.Equal(model.ToOnnx(), File.ReadAllBytes(path));
        Assert.Equal(["model.onnx"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        using var session = new InferenceSession(path);
        Assert.Equal(model.OutputNames, session.OutputNames);
    }

    private static Model TwoInputTwoOutputModel()
    {
        var a = new Input(new Shape(4), name: "a");
        var b = new Input(new Shape(4), name: "b");
        var shared = new Dense(6, Activation.Relu, name: "shared");
        SymbolicTensor ha = shared.Apply(a);
        SymbolicTensor hb = shared.Apply(b);
        SymbolicTensor trunk = new Dense(8, Activation.Tanh, name: "trunk").Apply(new Concatenate().Apply([ha, hb]));
        SymbolicTensor score = new Dense(1, Activation.Sigmoid, name: "score").Apply(trunk);
        SymbolicTensor classes = new Dense(3, Activation.Softmax, name: "class").Apply(new Add().Apply([ha, hb]));
        var model = new Model([a, b], [score, classes], seed: 36);
        model.Compile(new Adam(), new MeanSquaredError());
        return model;
    }
}
