// Conv2DTranspose: it is the adjoint of the convolution with the same kernel (⟨conv(x, W), y⟩ = ⟨x, convT(y, W)⟩),
// a hand-computed stride-2 case, small chunks agree with one chunk, and double-precision gradient checks.
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

public sealed class Conv2DTransposeTests
{
    public static TheoryData<int, int, int, int, int, int, int> Geometries => new()
    {
        // (inH, inW, channels, kernel, stride, dilation, pad): the convolution whose adjoint is taken
        { 5, 5, 2, 3, 1, 1, 0 },
        { 7, 6, 2, 3, 2, 1, 1 },
        { 7, 7, 1, 3, 1, 2, 2 },
        { 6, 5, 2, 2, 2, 1, 0 },
    };

    [Theory]
    [MemberData(nameof(Geometries))]
    public void Is_the_adjoint_of_the_convolution(int h, int w, int c, int k, int s, int d, int pad)
    {
        ConvGeometry g = Geometry(h, w, c, k, s, d, pad);
        Tensor x = Random(1, 2, h, w, c), kernel = Random(2, k, k, c, 3), y = Random(3, 2, g.OutH, g.OutW, 3);
        double left = Op.Sum(Op.Multiply(Op.Conv2DForward(x, kernel, null, g, DenseActivation.Linear), y)).ToScalar();
        double right = Op.Sum(Op.Multiply(x, Op.Conv2DTranspose(y, kernel, g))).ToScalar();
        Assert.Equal(left, right, 1e-10);
    }

    [Theory]
    [MemberData(nameof(Geometries))]
    public void Gradients_match_central_differences(int h, int w, int c, int k, int s, int d, int pad)
    {
        ConvGeometry g = Geometry(h, w, c, k, s, d, pad);
        AssertGradients(xs => Op.Conv2DTranspose(xs[0], xs[1], g), Random(4, 2, g.OutH, g.OutW, 3), Random(5, k, k, c, 3));
    }

    [Fact]
    public void A_stride_2_transpose_places_each_input_times_the_kernel()
    {
        // x = [[1, 2]] (1×2), W = [[1, 10], [100, 1000]], stride 2, valid → y (2×4): each x value stamps W into its 2×2 block.
        var g = new ConvGeometry(2, 4, 1, 2, 2, 2, 2, 1, 1, 0, 0, 1, 2);
        Tensor y = Op.Conv2DTranspose(new Tensor([1f, 2], new Shape(1, 1, 2, 1)), new Tensor([1f, 10, 100, 1000], new Shape(2, 2, 1, 1)), g);
        Assert.Equal([1f, 10, 2, 20, 100, 1000, 200, 2000], y.ToArray());
    }

    [Fact]
    public void Small_chunks_give_the_same_result_as_one_chunk()
    {
        ConvGeometry g = Geometry(7, 6, 2, 3, 2, 1, 1);
        double[] x = Random(6, 3, g.OutH, g.OutW, 4).AsDoubleSpan().ToArray(), w = Random(7, 3, 3, 2, 4).AsDoubleSpan().ToArray();
        double[] dy = Random(8, 3, 7, 6, 2).AsDoubleSpan().ToArray();
        int limit = g.OutW * g.PatchSize;
        double[] y1 = new double[dy.Length], y2 = new double[dy.Length], dx1 = new double[x.Length], dx2 = new double[x.Length], dw1 = new double[w.Length], dw2 = new double[w.Length];
        Convolution.ForwardTransposed<double>(g, 3, x, w, 4, y1);
        Convolution.ForwardTransposed<double>(g, 3, x, w, 4, y2, limit);
        Convolution.BackwardTransposed<double>(g, 3, x, w, 4, dy, dx1, dw1);
        Convolution.BackwardTransposed<double>(g, 3, x, w, 4, dy, dx2, dw2, limit);
        Assert.Equal(y1.Select(v => Math.Round(v, 10)), y2.Select(v => Math.Round(v, 10)));
        Assert.Equal(dx1.Select(v => Math.Round(v, 10)), dx2.Select(v => Math.Round(v, 10)));
        Assert.Equal(dw1.Select(v => Math.Round(v, 10)), dw2.Select(v => Math.Round(v, 10)));
    }

    private static ConvGeometry Geometry(int h, int w, int c, int k, int s, int d, int pad)
    {
        int dk = ((k - 1) * d) + 1;
        int oh = ((h + (2 * pad) - dk) / s) + 1, ow = ((w + (2 * pad) - dk) / s) + 1;
        return new ConvGeometry(h, w, c, k, k, s, s, d, d, pad, pad, oh, ow);
    }
}
