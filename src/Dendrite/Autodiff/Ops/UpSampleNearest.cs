// UpSampleNearest: y[b, i, j, c] = x[b, ⌊i / sizeH⌋, ⌊j / sizeW⌋, c], channels last (Keras UpSampling2D,
// interpolation 'nearest': keras/src/layers/reshaping/up_sampling2d.py repeats rows and columns).
// Backward: dx[b, p, q, c] = Σ over the sizeH × sizeW block of dy (Kernels UpSampling.cs).
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Repeats every pixel of x sizeH × sizeW times (nearest-neighbour upsampling).</summary>
    /// <param name="x">Shape (batch, h, w, channels).</param>
    /// <param name="sizeH">The row factor, ≥ 1.</param>
    /// <param name="sizeW">The column factor, ≥ 1.</param>
    /// <exception cref="ArgumentException">x is not rank 4 or a factor is below 1.</exception>
    internal static Tensor UpSampleNearest(Tensor x, int sizeH, int sizeW)
    {
        NotNull(x, "UpSampleNearest", nameof(x));
        if (x.Rank != 4 || sizeH < 1 || sizeW < 1)
        {
            throw new ArgumentException($"UpSampleNearest expects x of shape (batch, h, w, channels) and factors >= 1, received {x.Shape} and ({sizeH}, {sizeW}).", nameof(x));
        }

        int batch = x.Shape[0], h = x.Shape[1], w = x.Shape[2], c = x.Shape[3];
        Tensor y = TensorPool.Zeros(new Shape(batch, h * sizeH, w * sizeW, c), x.DType);
        if (x.DType == DType.Float32)
        {
            UpSampling.Forward(batch, h, w, c, sizeH, sizeW, x.Span<float>(), y.Span<float>());
        }
        else
        {
            UpSampling.Forward(batch, h, w, c, sizeH, sizeW, x.Span<double>(), y.Span<double>());
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            if (x.DType == DType.Float32)
            {
                UpSampling.Backward(batch, h, w, c, sizeH, sizeW, dy.Span<float>(), dx.Span<float>());
            }
            else
            {
                UpSampling.Backward(batch, h, w, c, sizeH, sizeW, dy.Span<double>(), dx.Span<double>());
            }

            return [dx];
        });
        return y;
    }
}
