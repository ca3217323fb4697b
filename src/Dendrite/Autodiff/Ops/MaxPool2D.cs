// MaxPool2D: y[b, oy, ox, c] = max over the window of x[b, iy, ix, c], channels last; padding positions are
// skipped (as −∞), as Keras' MaxPooling2D (keras/src/layers/pooling/base_pooling.py → ops.max_pool).
// Backward: dx[argmax] += dy, routing to the first maximum in window order (ky, then kx) — the subgradient
// choice for ties; the argmax is recomputed from x and y instead of stored (Kernels Pooling.cs).
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The window maxima of x (the forward pass of MaxPooling1D / MaxPooling2D).</summary>
    /// <param name="x">Shape (batch, inH, inW, channels).</param>
    /// <param name="geometry">The window geometry; its input sizes must match x.</param>
    /// <exception cref="ArgumentException">x does not match the geometry.</exception>
    internal static Tensor MaxPool2D(Tensor x, ConvGeometry geometry)
    {
        ConvGeometry g = geometry;
        CheckPoolInput(x, g, "MaxPool2D");
        int batch = x.Shape[0];
        Tensor y = TensorPool.Uninitialized(new Shape(batch, g.OutH, g.OutW, g.Channels), x.DType);
        if (x.DType == DType.Float32)
        {
            Pooling.MaxForward(g, batch, x.Span<float>(), y.Span<float>());
        }
        else
        {
            Pooling.MaxForward(g, batch, x.Span<double>(), y.Span<double>());
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            if (x.DType == DType.Float32)
            {
                Pooling.MaxBackward(g, batch, x.Span<float>(), y.Span<float>(), dy.Span<float>(), dx.Span<float>());
            }
            else
            {
                Pooling.MaxBackward(g, batch, x.Span<double>(), y.Span<double>(), dy.Span<double>(), dx.Span<double>());
            }

            return [dx];
        });
        return y;
    }

    /// <summary>Throws unless x is (batch, inH, inW, channels) of the geometry and every window holds an input position.</summary>
    private static void CheckPoolInput(Tensor x, ConvGeometry g, string opName)
    {
        if (x.Rank != 4 || x.Shape[1] != g.InH || x.Shape[2] != g.InW || x.Shape[3] != g.Channels)
        {
            throw new ArgumentException($"{opName} expects x of shape (batch, {g.InH}, {g.InW}, {g.Channels}), received {x.Shape}.", nameof(x));
        }

        if (g.PadTop >= g.KernelH || g.PadLeft >= g.KernelW || g.OutH < 1 || g.OutW < 1)
        {
            throw new ArgumentException($"{opName} needs windows that overlap the input (padding {g.PadTop}, {g.PadLeft} for a {g.KernelH}×{g.KernelW} window, output {g.OutH}×{g.OutW}).", nameof(x));
        }
    }
}
