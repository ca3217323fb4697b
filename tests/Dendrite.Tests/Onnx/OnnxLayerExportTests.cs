// Each layer kind, exported and run by ONNX Runtime, predicts what Dendrite predicts on 1,000 random rows
// (max abs difference ≤ 1e-5): Dense (Gemm on rank 2, MatMul + Add on rank 3, with and without bias), the
// dropout and noise layers (identity at inference), Flatten, BatchNormalization (after training, so the moving
// statistics are not the initial 0 and 1; channel axis 1 as the ONNX operator, another axis decomposed),
// LayerNormalization (last axis as the ONNX operator, another axis decomposed at opsets 17 and 21).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Onnx;
using Dendrite.Onnx.Proto;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Onnx;

public class OnnxLayerExportTests
{
    [Fact]
    public void DenseOnRank2AndRank3InputsWithAndWithoutBias_MatchesPredict()
    {
        var model = new Sequential(
            [
                new Input(new Shape(4, 3)),
                new Dense(5, Activation.Tanh),                  // rank 3: MatMul + Add
                new Dense(3, useBias: false),                   // rank 3, no bias: MatMul
                new Flatten(),
                new Dense(4, Activation.Relu, useBias: false),  // rank 2, no bias: Gemm(x, W)
                new Dense(2),                                   // rank 2: Gemm(x, W, b)
            ],
            seed: 5);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        string[] ops = [.. Parse(model).Graph.Node.Select(n => n.OpType)];
        Assert.Equal(["MatMul", "Add", "Tanh", "MatMul", "Flatten", "Gemm", "Relu", "Gemm"], ops);
    }

    [Fact]
    public void DropoutAndNoiseLayers_AreIdentityAndMatchPredict()
    {
        var model = new Sequential(
            [new Input(new Shape(6)), new Dense(8, Activation.Relu), new Dropout(0.5), new GaussianNoise(0.3), new GaussianDropout(0.2), new AlphaDropout(0.1), new Dense(3)],
            seed: 6);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        Assert.Equal(4, Parse(model).Graph.Node.Count(n => n.OpType == "Identity"));
    }

    [Fact]
    public void FlattenOfARank4Input_MatchesPredict()
    {
        OnnxRuntimeCheck.AssertMatchesPredict(new Sequential([new Input(new Shape(2, 3, 2)), new Flatten(), new Dense(2)], seed: 7));
    }

    [Theory]
    [InlineData(-1, false)] // rank 2: the channel axis is 1, the ONNX BatchNormalization operator
    [InlineData(1, true)]   // rank 3, axis 1: the ONNX operator with a spatial axis
    [InlineData(-1, true)]  // rank 3, last axis: the decomposed form
    public void BatchNormalizationAfterTraining_UsesItsMovingStatisticsAndMatchesPredict(int axis, bool rank3)
    {
        var layer = new BatchNormalization(axis: axis, momentum: 0.5, gammaInitializer: new RandomNormal(1.0, 0.3), betaInitializer: new RandomNormal(0.0, 0.3));
        Layer[] head = rank3 ? [new Input(new Shape(4, 3)), new Dense(3)] : [new Input(new Shape(5)), new Dense(4)];
        var model = new Sequential([.. head, layer, new Flatten(), new Dense(2)], seed: 8);
        model.Compile(new Adam(learningRate: 0.01), new MeanSquaredError());
        var random = new RandomGenerator(81);
        Tensor x = random.NormalTensor(model.InputShape!.Value.With(0, 128), mean: 1.5, stddev: 2.0);
        model.Fit(x, random.NormalTensor(new Shape(128, 2)), epochs: 2, batchSize: 32, verbose: 0);

        Assert.DoesNotContain(0f, layer.MovingMean!.Value.ToArray());
        Assert.DoesNotContain(1f, layer.MovingVariance!.Value.ToArray());
        OnnxRuntimeCheck.AssertMatchesPredict(model);
        Assert.Equal(axis == 1 || !rank3, Parse(model).Graph.Node.Any(n => n.OpType == "BatchNormalization"));
    }

    [Fact]
    public void BatchNormalizationWithoutScaleOrCenter_MatchesPredict()
    {
        var layer = new BatchNormalization(center: false, scale: false, movingMeanInitializer: new RandomNormal(0.5, 0.5), movingVarianceInitializer: new RandomUniform(0.5, 2.0));
        OnnxRuntimeCheck.AssertMatchesPredict(new Sequential([new Input(new Shape(5)), layer], seed: 9));
    }

    [Theory]
    [InlineData(-1, true, true, 17)]   // the ONNX LayerNormalization operator
    [InlineData(-1, false, false, 17)] // the operator with γ = 1 and no β
    [InlineData(1, true, true, 17)]    // decomposed, ReduceMean with an axes attribute
    [InlineData(1, true, true, 21)]    // decomposed, ReduceMean with an axes input (opset ≥ 18)
    [InlineData(1, false, false, 18)]
    public void LayerNormalization_MatchesPredict(int axis, bool center, bool scale, int opset)
    {
        var layer = new LayerNormalization(axis: axis, center: center, scale: scale, gammaInitializer: new RandomNormal(1.0, 0.3), betaInitializer: new RandomNormal(0.0, 0.3));
        var model = new Sequential([new Input(new Shape(4, 3)), new Dense(3, Activation.Relu), layer, new Flatten(), new Dense(2)], seed: 10);

        OnnxRuntimeCheck.AssertMatchesPredict(model, opset: opset);
        Assert.Equal(axis == -1, Parse(model, opset).Graph.Node.Any(n => n.OpType == "LayerNormalization"));
    }

    [Fact]
    public void EveryLayerTypeInTheLibraryHasAConverter()
    {
        Type[] layerTypes = [.. typeof(Layer).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Layer)) && !t.IsAbstract)];

        Assert.Equal(layerTypes.OrderBy(t => t.Name), OnnxExport.SupportedLayerTypes.OrderBy(t => t.Name));
    }

    internal static ModelProto Parse(Model model, int opset = 17) => ModelProto.Parser.ParseFrom(model.ToOnnx(opset));
}
