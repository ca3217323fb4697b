// Max, average and global pooling exported and run by ONNX Runtime predict what Dendrite predicts on 1,000 random
// rows and on one (max abs difference ≤ 1e-5): 'valid' and 'same' on odd sizes with stride 2 and windows that do
// not divide the input; average pooling never counts the padding (Keras), which AveragePool's count_include_pad = 0
// reproduces; global pooling with and without keepDims.
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxPoolingExportTests
{
    [Theory]
    [InlineData(true, 2, 2, 2, 2, Padding.Valid, 7, 7)]
    [InlineData(true, 3, 3, 2, 2, Padding.Same, 7, 6)]
    [InlineData(true, 2, 3, 1, 2, Padding.Same, 5, 7)]
    [InlineData(false, 2, 2, 2, 2, Padding.Valid, 7, 7)]
    [InlineData(false, 3, 3, 2, 2, Padding.Same, 7, 6)] // border windows average fewer positions
    [InlineData(false, 2, 3, 1, 2, Padding.Same, 5, 7)]
    [InlineData(false, 3, 2, 3, 1, Padding.Valid, 8, 5)]
    public void Pooling2D_MatchesPredict(bool max, int ph, int pw, int sh, int sw, Padding padding, int h, int w)
    {
        Layer pool = max
            ? new MaxPooling2D((ph, pw), (sh, sw), padding)
            : new AveragePooling2D((ph, pw), (sh, sw), padding);
        var model = new Sequential([new Input(new Shape(h, w, 3)), pool], seed: 61);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 5);
        Assert.Equal(max ? 0 : 1, OnnxLayerExportTests.Parse(model).Graph.Node.Where(n => n.OpType == "AveragePool").SelectMany(n => n.Attribute).Count(a => a.Name == "count_include_pad" && a.I == 0));
    }

    [Theory]
    [InlineData(true, 2, null, Padding.Valid)]
    [InlineData(true, 3, 2, Padding.Same)]
    [InlineData(false, 2, null, Padding.Valid)]
    [InlineData(false, 3, 2, Padding.Same)]
    [InlineData(false, 2, 3, Padding.Same)]
    public void Pooling1D_MatchesPredict(bool max, int pool, int? strides, Padding padding)
    {
        Layer layer = max ? new MaxPooling1D(pool, strides, padding) : new AveragePooling1D(pool, strides, padding);
        var model = new Sequential([new Input(new Shape(9, 2)), layer], seed: 62);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
        OnnxRuntimeCheck.AssertMatchesPredict(model, rows: 1, seed: 6);
    }

    [Theory]
    [InlineData(true, true, false, 17)]
    [InlineData(true, false, true, 17)]
    [InlineData(false, true, true, 18)] // opset 18: the axes as an input
    [InlineData(false, false, false, 21)]
    public void GlobalPooling_MatchesPredict(bool twoD, bool max, bool keepDims, int opset)
    {
        Layer layer = (twoD, max) switch
        {
            (true, true) => new GlobalMaxPooling2D(keepDims),
            (true, false) => new GlobalAveragePooling2D(keepDims),
            (false, true) => new GlobalMaxPooling1D(keepDims),
            _ => new GlobalAveragePooling1D(keepDims),
        };
        var model = new Sequential([new Input(twoD ? new Shape(5, 3, 4) : new Shape(7, 4)), layer], seed: 63);

        OnnxRuntimeCheck.AssertMatchesPredict(model, opset: opset);
        OnnxRuntimeCheck.AssertMatchesPredict(model, opset: opset, rows: 1, seed: 7);
    }
}
