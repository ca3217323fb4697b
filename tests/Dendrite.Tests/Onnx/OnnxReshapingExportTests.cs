// UpSampling2D, ZeroPadding2D, Cropping2D, Reshape, Permute and RepeatVector exported and run by ONNX Runtime
// predict what Dendrite predicts on 1,000 random rows and on one (max abs difference ≤ 1e-5), each between layers
// with weights so that a wrong element order would show; Reshape keeps the batch dynamic (shape [0, …]).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxReshapingExportTests
{
    public static TheoryData<string> Cases => ["upsampling", "zeropadding", "cropping", "reshape", "permute", "repeatvector"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReshapingLayer_MatchesPredict(string which)
    {
        Layer[] layers = which switch
        {
            "upsampling" => [new Input(new Shape(3, 4, 2)), new UpSampling2D((2, 3)), new Conv2D(2, 2)],
            "zeropadding" => [new Input(new Shape(3, 4, 2)), new ZeroPadding2D(1, 2, 0, 3), new Conv2D(2, 2)],
            "cropping" => [new Input(new Shape(6, 7, 2)), new Cropping2D(1, 0, 2, 1), new Conv2D(2, 2)],
            "reshape" => [new Input(new Shape(12)), new Dense(12), new Reshape(new Shape(-1, 3, 2)), new Conv2D(2, 2)],
            "permute" => [new Input(new Shape(2, 3, 4)), new Permute([3, 1, 2]), new Dense(2)],
            _ => [new Input(new Shape(5)), new Dense(3, Activation.Tanh), new RepeatVector(4), new Conv1D(2, 2)],
        };
        var model = new Sequential([.. layers, new Flatten(), new Dense(3)], seed: 71);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 8);
    }
}
