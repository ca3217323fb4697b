// A direct (loop-by-loop) convolution in double precision: the reference the im2col + GEMM ops are checked
// against, written straight from the definition y[b, i, j, f] = Σ x[b, i·s − p + a·d, j·s − q + e·d, c] · W[a, e, c, f].
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Autodiff.Ops;

internal static class ConvolutionReference
{
    /// <summary>conv2d(x, w) without bias, x (b, h, w, c), w (kh, kw, c, f), padding as in <paramref name="g"/>.</summary>
    public static double[] Conv(ConvGeometry g, Tensor x, Tensor w)
    {
        int batch = x.Shape[0], filters = w.Shape[3];
        var y = new double[batch * g.OutH * g.OutW * filters];
        for (int b = 0; b < batch; b++)
        {
            for (int i = 0; i < g.OutH; i++)
            {
                for (int j = 0; j < g.OutW; j++)
                {
                    for (int f = 0; f < filters; f++)
                    {
                        double sum = 0;
                        for (int a = 0; a < g.KernelH; a++)
                        {
                            for (int e = 0; e < g.KernelW; e++)
                            {
                                int iy = (i * g.StrideH) - g.PadTop + (a * g.DilationH), ix = (j * g.StrideW) - g.PadLeft + (e * g.DilationW);
                                if (iy < 0 || iy >= g.InH || ix < 0 || ix >= g.InW)
                                {
                                    continue;
                                }

                                for (int c = 0; c < g.Channels; c++)
                                {
                                    sum += x.GetFlat((((((b * g.InH) + iy) * g.InW) + ix) * g.Channels) + c) * w.GetFlat((((((a * g.KernelW) + e) * g.Channels) + c) * filters) + f);
                                }
                            }
                        }

                        y[(((((b * g.OutH) + i) * g.OutW) + j) * filters) + f] = sum;
                    }
                }
            }
        }

        return y;
    }
}
