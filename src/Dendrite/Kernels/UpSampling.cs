// Nearest-neighbour upsampling, channels last:
//   forward:   y[b, i, j, c] = x[b, ⌊i / sizeH⌋, ⌊j / sizeW⌋, c]        y: (batch, h·sizeH, w·sizeW, c)
//   backward:  dx[b, p, q, c] = Σ_{i, j in the p, q block} dy[b, i, j, c]   (the adjoint: block sums)
using System.Numerics;

namespace Dendrite.Kernels;

/// <summary>Nearest-neighbour upsampling passes on channels-last spans.</summary>
internal static class UpSampling
{
    /// <summary>y = x with every pixel repeated sizeH × sizeW times.</summary>
    public static void Forward<T>(int batch, int h, int w, int c, int sizeH, int sizeW, ReadOnlySpan<T> x, Span<T> y)
        where T : unmanaged
    {
        int outW = w * sizeW;
        for (int b = 0; b < batch; b++)
        {
            for (int p = 0; p < h; p++)
            {
                int firstRow = ((b * h * sizeH) + (p * sizeH)) * outW * c;
                Span<T> row = y.Slice(firstRow, outW * c);
                for (int q = 0; q < w; q++)
                {
                    ReadOnlySpan<T> pixel = x.Slice((((b * h) + p) * w + q) * c, c);
                    for (int j = 0; j < sizeW; j++)
                    {
                        pixel.CopyTo(row.Slice(((q * sizeW) + j) * c, c));
                    }
                }

                for (int i = 1; i < sizeH; i++)
                {
                    row.CopyTo(y.Slice(firstRow + (i * outW * c), outW * c));
                }
            }
        }
    }

    /// <summary>dx = the block sums of dy (dx must start at zero).</summary>
    public static void Backward<T>(int batch, int h, int w, int c, int sizeH, int sizeW, ReadOnlySpan<T> dy, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int outW = w * sizeW;
        for (int b = 0; b < batch; b++)
        {
            for (int p = 0; p < h; p++)
            {
                for (int i = 0; i < sizeH; i++)
                {
                    ReadOnlySpan<T> row = dy.Slice((((b * h * sizeH) + (p * sizeH) + i) * outW) * c, outW * c);
                    for (int q = 0; q < w; q++)
                    {
                        Span<T> target = dx.Slice((((b * h) + p) * w + q) * c, c);
                        for (int j = 0; j < sizeW; j++)
                        {
                            TensorPrimitives.Add(target, row.Slice(((q * sizeW) + j) * c, c), target);
                        }
                    }
                }
            }
        }
    }
}
