// AveragePool2D: y[b, oy, ox, c] = (1/n) Σ over the window of x[b, iy, ix, c], channels last, where n counts
// only the window's positions inside the input: padding is excluded from the average, as Keras' 'same'
// AveragePooling (TensorFlow avg_pool; Keras 3's torch backend pads and divides by the valid count to
// match — keras/src/backend/torch/nn.py average_pool). Keras' AveragePooling1D docs: x = [1, 2, 3, 4, 5],
// pool 2, stride 1, 'same' → [1.5, 2.5, 3.5, 4.5, 5.0] (the last window holds 5 and padding).
// Backward: dx[each window position] += dy / n.
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The window means of x, padding excluded (the forward pass of AveragePooling1D / AveragePooling2D).</summary>
    /// <param name="x">Shape (batch, inH, inW, channels).</param>
    /// <param name="geometry">The window geometry; its input sizes must match x.</param>
    /// <exception cref="ArgumentException">x does not match the geometry.</exception>
    internal static Tensor AveragePool2D(Tensor x, ConvGeometry geometry)
    {
        ConvGeometry g = geometry;
        CheckPoolInput(x, g, "AveragePool2D");
        int batch = x.Shape[0];
        Tensor y = TensorPool.Uninitialized(new Shape(batch, g.OutH, g.OutW, g.Channels), x.DType);
        if (x.DType == DType.Float32)
        {
            Pooling.AverageForward(g, batch, x.Span<float>(), y.Span<float>());
        }
        else
        {
            Pooling.AverageForward(g, batch, x.Span<double>(), y.Span<double>());
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            if (x.DType == DType.Float32)
            {
                Pooling.AverageBackward(g, batch, dy.Span<float>(), dx.Span<float>());
            }
            else
            {
                Pooling.AverageBackward(g, batch, dy.Span<double>(), dx.Span<double>());
            }

            return [dx];
        });
        return y;
    }
}
