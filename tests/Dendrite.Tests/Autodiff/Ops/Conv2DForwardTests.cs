// Conv2DForward (im2col + packed GEMM, fused bias and activation): a hand-computed case, agreement with a
// direct convolution for odd sizes / strides / dilation / padding in float32 and float64, bounded chunks
// giving the same result as one chunk, and double-precision gradient checks.
using Dendrite.Kernels;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

public sealed class Conv2DForwardTests
{
    /// <summary>(inH, inW, channels, kernelH, kernelW, stride, dilation, padTop, padLeft, outH, outW, filters): Keras 'valid' / 'same' cases with odd sizes.</summary>
    public static TheoryData<int[]> Geometries => new()
    {
        new[] { 5, 7, 2, 3, 3, 1, 1, 0, 0, 3, 5, 3 },   // valid
        new[] { 5, 7, 2, 3, 3, 1, 1, 1, 1, 5, 7, 2 },   // same, stride 1
        new[] { 7, 5, 3, 3, 3, 2, 1, 1, 1, 4, 3, 2 },   // same, stride 2 on odd sizes: pad total (4−1)·2 + 3 − 7 = 2 → 1 before
        new[] { 6, 5, 1, 2, 2, 2, 1, 0, 0, 3, 3, 2 },   // same, stride 2, even kernel: pad total 0 rows, (3−1)·2 + 2 − 5 = 1 column → 0 before
        new[] { 7, 7, 2, 3, 3, 1, 2, 0, 0, 3, 3, 2 },   // valid, dilation 2: dilated kernel 5
        new[] { 7, 6, 2, 3, 2, 1, 2, 2, 1, 7, 6, 1 },   // same, dilation 2
        new[] { 9, 8, 1, 3, 3, 2, 2, 1, 1, 5, 4, 2 },   // stride 2 with dilation 2 (the op allows it; the layers refuse it as Keras)
        new[] { 4, 3, 3, 1, 1, 1, 1, 0, 0, 4, 3, 2 },   // 1×1 pointwise: no im2col
        new[] { 6, 5, 4, 3, 3, 1, 1, 1, 1, 6, 5, 3 },   // same, patch 36 > ConvolutionDirect.MaxPatch: im2col + GEMM
        new[] { 7, 6, 4, 3, 2, 2, 1, 0, 1, 3, 3, 2 },   // patch 24: the direct kernel with stride 2 and a left pad
    };

    [Fact]
    public void A_3x3_input_with_a_2x2_kernel_matches_the_hand_computed_values()
    {
        // x = [[1, 2, 3], [4, 5, 6], [7, 8, 9]], W = [[1, 2], [3, 4]], valid, bias 0.5:
        // y00 = 1·1 + 2·2 + 4·3 + 5·4 = 37, y01 = 2 + 6 + 15 + 24 = 47, y10 = 4 + 10 + 21 + 32 = 67, y11 = 5 + 12 + 24 + 36 = 77.
        Tensor x = new([1f, 2, 3, 4, 5, 6, 7, 8, 9], new Shape(1, 3, 3, 1));
        Tensor w = new([1f, 2, 3, 4], new Shape(2, 2, 1, 1));
        var g = new ConvGeometry(3, 3, 1, 2, 2, 1, 1, 1, 1, 0, 0, 2, 2);
        Tensor y = Op.Conv2DForward(x, w, new Tensor([0.5f], new Shape(1)), g, DenseActivation.Linear);
        Assert.Equal(new Shape(1, 2, 2, 1), y.Shape);
        Assert.Equal([37.5f, 47.5f, 67.5f, 77.5f], y.ToArray());
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void Matches_a_direct_convolution_in_both_precisions(int[] p)
    {
        (ConvGeometry g, int h, int w, int c, int kh, int kw, int f) = Unpack(p);
        Tensor x = Random(1, 2, h, w, c);
        Tensor k = Random(2, kh, kw, c, f);
        double[] expected = ConvolutionReference.Conv(g, x, k);
        AssertValues(expected, Op.Conv2DForward(x, k, null, g, DenseActivation.Linear), 1e-12);
        AssertValues(expected, Op.Conv2DForward(x.To(DType.Float32), k.To(DType.Float32), null, g, DenseActivation.Linear), 1e-4);
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void Gradients_match_central_differences(int[] p)
    {
        (ConvGeometry g, int h, int w, int c, int kh, int kw, int f) = Unpack(p);
        AssertGradients(xs => Op.Conv2DForward(xs[0], xs[1], xs[2], g, DenseActivation.Tanh), Random(3, 2, h, w, c), Random(4, kh, kw, c, f), Random(5, f));
        AssertGradients(xs => Op.Conv2DForward(xs[0], xs[1], null, g, DenseActivation.Linear), Random(6, 2, h, w, c), Random(7, kh, kw, c, f));
    }

    [Fact]
    public void The_fused_activation_equals_the_activation_applied_after()
    {
        var g = new ConvGeometry(5, 5, 2, 3, 3, 1, 1, 1, 1, 1, 1, 5, 5);
        Tensor x = Random(8, 2, 5, 5, 2).To(DType.Float32), k = Random(9, 3, 3, 2, 3).To(DType.Float32), b = Random(10, 3).To(DType.Float32);
        Tensor fused = Op.Conv2DForward(x, k, b, g, DenseActivation.Sigmoid);
        Tensor after = Op.Sigmoid(Op.Conv2DForward(x, k, b, g, DenseActivation.Linear));
        Assert.Equal(after.ToArray(), fused.ToArray());
    }

    [Fact]
    public void Small_chunks_give_the_same_result_as_one_chunk()
    {
        // A scratch limit of 2 lines (2·outW·patch elements) splits this batch of 3 × 7 output rows into 11 chunks
        // (4 channels: a patch of 36, above ConvolutionDirect.MaxPatch, so the forward pass takes im2col + GEMM too).
        var g = new ConvGeometry(7, 6, 4, 3, 3, 1, 1, 1, 1, 1, 1, 7, 6);
        double[] x = Random(11, 3, 7, 6, 4).AsDoubleSpan().ToArray(), w = Random(12, 3, 3, 4, 4).AsDoubleSpan().ToArray(), dz = Random(13, 3, 7, 6, 4).AsDoubleSpan().ToArray();
        int limit = 2 * g.OutW * g.PatchSize;
        Assert.Equal(2, Convolution.LinesPerChunk(g, limit));
        double[] yOne = new double[dz.Length], yChunked = new double[dz.Length];
        Convolution.Forward<double>(g, 3, x, w, 4, default, yOne, DenseActivation.Linear);
        Convolution.Forward<double>(g, 3, x, w, 4, default, yChunked, DenseActivation.Linear, limit);
        AssertClose(yOne, yChunked);

        double[] dxOne = new double[x.Length], dwOne = new double[w.Length], dxChunked = new double[x.Length], dwChunked = new double[w.Length];
        Convolution.Backward<double>(g, 3, x, w, 4, dz, dxOne, dwOne, default);
        Convolution.Backward<double>(g, 3, x, w, 4, dz, dxChunked, dwChunked, default, limit);
        AssertClose(dxOne, dxChunked);
        AssertClose(dwOne, dwChunked);
    }

    [Fact]
    public void Rejects_shapes_that_do_not_fit_the_geometry()
    {
        var g = new ConvGeometry(5, 5, 2, 3, 3, 1, 1, 1, 1, 0, 0, 3, 3);
        var e = Assert.Throws<ArgumentException>(() => Op.Conv2DForward(Random(1, 2, 5, 5, 3), Random(2, 3, 3, 2, 4), null, g, DenseActivation.Linear));
        Assert.Contains("Conv2DForward expects x (batch, 5, 5, 2)", e.Message);
        Assert.Contains("received (2, 5, 5, 3)", e.Message);
    }

    private static (ConvGeometry G, int H, int W, int C, int Kh, int Kw, int F) Unpack(int[] p) =>
        (new ConvGeometry(p[0], p[1], p[2], p[3], p[4], p[5], p[5], p[6], p[6], p[7], p[8], p[9], p[10]), p[0], p[1], p[2], p[3], p[4], p[11]);

    private static void AssertClose(double[] expected, double[] actual)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12, $"element {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
