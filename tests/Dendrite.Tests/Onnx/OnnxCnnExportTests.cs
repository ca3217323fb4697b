// A CNN of the Fashion-MNIST shape (28×28×1: Conv-Pool-Conv-Pool-Flatten-Dense) with random weights, exported and
// run by ONNX Runtime on 1,000 images and on one: the same class probabilities as Predict (≤ 1e-5); and what the
// exporter refuses: 'same' padding over a spatial axis of unknown length.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxCnnExportTests
{
    [Fact]
    public void FashionMnistShapedCnn_MatchesPredictOn1000ImagesAndOne()
    {
        var model = new Sequential(
            [
                new Input(new Shape(28, 28, 1), name: "image"),
                new Conv2D(8, 3, activation: Activation.Relu),
                new MaxPooling2D(2),
                new Conv2D(16, 3, activation: Activation.Relu),
                new MaxPooling2D(2),
                new Flatten(),
                new Dense(10, Activation.Softmax),
            ],
            seed: 81);

        OnnxRuntimeCheck.AssertMatchesPredict(model, stddev: 1.0);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 9, stddev: 1.0);
    }

    [Fact]
    public void SamePaddingOverAnUnknownLength_IsRefusedNamingTheLayer()
    {
        var model = new Sequential([new Conv1D(2, 3, padding: Padding.Same, name: "conv")], seed: 82);
        model.Build(new Shape(-1, -1, 3)); // sequences of any length

        var error = Assert.Throws<NotSupportedException>(() => model.ToOnnx());

        Assert.Equal("ONNX export of Conv1D 'conv': 'same' padding needs known spatial sizes to write its pads, received input (None, None, 3).", error.Message);
    }
}
