// Conv1D, Conv2D and Conv2DTranspose exported and run by ONNX Runtime predict what Dendrite predicts on 1,000
// random rows and on one (max abs difference ≤ 1e-5): odd sizes, stride 2, dilation 2, 'valid', 'same' (with the
// extra pad after, as Keras) and Conv1D's 'causal'; the transposed convolution also where the dilated kernel is
// smaller than the stride (ONNX output_padding) and without bias; a fused and a separate activation.
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxConvolutionExportTests
{
    [Theory]
    [InlineData(3, 3, 1, 1, Padding.Valid, 1, 7, 7)]
    [InlineData(3, 3, 2, 2, Padding.Same, 1, 7, 7)]   // stride 2 on odd sizes: pads 1 before, 1 after
    [InlineData(2, 3, 2, 1, Padding.Same, 1, 6, 7)]   // even kernel: the extra pad goes after
    [InlineData(3, 3, 1, 1, Padding.Same, 2, 7, 6)]   // dilation 2
    [InlineData(3, 2, 1, 1, Padding.Valid, 2, 8, 5)]
    [InlineData(1, 1, 2, 2, Padding.Valid, 1, 5, 5)]
    public void Conv2D_MatchesPredict(int kh, int kw, int sh, int sw, Padding padding, int dilation, int h, int w)
    {
        var model = new Sequential(
            [new Input(new Shape(h, w, 3)), new Conv2D(4, (kh, kw), strides: (sh, sw), padding: padding, dilationRate: dilation, biasInitializer: new RandomNormal(0.0, 0.5))],
            seed: 51);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 2);
    }

    [Theory]
    [InlineData(3, 1, Padding.Valid, 1)]
    [InlineData(3, 2, Padding.Same, 1)]   // 9 steps, stride 2
    [InlineData(2, 1, Padding.Same, 2)]
    [InlineData(3, 1, Padding.Causal, 2)] // 4 zeros before, none after
    public void Conv1D_MatchesPredict(int kernel, int strides, Padding padding, int dilation)
    {
        var model = new Sequential(
            [new Input(new Shape(9, 2)), new Conv1D(3, kernel, strides: strides, padding: padding, dilationRate: dilation, activation: Activation.Tanh, biasInitializer: new RandomNormal(0.0, 0.5))],
            seed: 52);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 3);
    }

    [Theory]
    [InlineData(3, 2, Padding.Valid, 1, true)]
    [InlineData(3, 2, Padding.Same, 1, true)]
    [InlineData(2, 3, Padding.Valid, 1, true)]  // dilated kernel 2 < stride 3: output_padding 1
    [InlineData(1, 2, Padding.Same, 1, false)]  // kernel 1 < stride 2, no bias
    [InlineData(3, 1, Padding.Same, 2, true)]   // dilation 2
    [InlineData(4, 2, Padding.Same, 1, true)]   // even kernel: pads 1 before, 1 after
    public void Conv2DTranspose_MatchesPredict(int kernel, int strides, Padding padding, int dilation, bool useBias)
    {
        var model = new Sequential(
            [
                new Input(new Shape(5, 4, 3)),
                new Conv2DTranspose(2, kernel, strides: strides, padding: padding, dilationRate: dilation, useBias: useBias, activation: Activation.Relu, biasInitializer: new RandomNormal(0.0, 0.5)),
            ],
            seed: 53);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 4);
    }

    [Fact]
    public void ConvWithSoftmaxActivation_NormalizesOverTheChannels()
    {
        var model = new Sequential([new Input(new Shape(5, 5, 2)), new Conv2D(3, 3, padding: Padding.Same, activation: Activation.Softmax)], seed: 54);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        string[] ops = [.. OnnxLayerExportTests.Parse(model).Graph.Node.Select(n => n.OpType)];
        Assert.Equal(["Transpose", "Conv", "Transpose", "Softmax"], ops);
    }

    [Fact]
    public void TheKernelIsWrittenAsOutputChannelsInputChannelsHeightWidth()
    {
        var conv = new Conv2D(4, (2, 3), name: "conv");
        var model = new Sequential([new Input(new Shape(6, 6, 5)), conv], seed: 55);

        Dendrite.Onnx.Proto.TensorProto kernel = OnnxLayerExportTests.Parse(model).Graph.Initializer.Single(i => i.Name == "conv/kernel");

        Assert.Equal([4L, 5L, 2L, 3L], kernel.Dims);
        float[] written = new float[4 * 5 * 2 * 3];
        Buffer.BlockCopy(kernel.RawData.ToByteArray(), 0, written, 0, written.Length * sizeof(float));
        float[] keras = conv.Kernel!.Value.ToArray(); // (kh, kw, cin, cout)
        Assert.Equal(keras[(((1 * 3) + 2) * 5 + 4) * 4 + 3], written[(((3 * 5) + 4) * 2 + 1) * 3 + 2]); // [p=1, q=2, c=4, f=3]
    }
}
