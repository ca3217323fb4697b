// Conv2DTranspose: y = conv2d_transpose(x, W), channels last — the adjoint (input gradient) of the
// convolution whose input has y's shape and whose output has x's shape (as TensorFlow's conv2d_transpose,
// which Keras 3 follows): y = col2im(x · Wᵀ), through the packed GEMM in bounded chunks (Kernels Convolution.cs).
//   x: (batch, outH, outW, cin)   W: (kernelH, kernelW, filters, cin)   y: (batch, inH, inW, filters)
//   (geometry in ConvGeometry.cs: the convolution reading y's (inH, inW, filters) and producing (outH, outW))
// Backward: dx = im2col(dy) · W    dW = im2col(dy)ᵀ · x
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>The transposed convolution of x with kernel (the forward pass of the Conv2DTranspose layer, without bias).</summary>
    /// <param name="x">Shape (batch, outH, outW, cin): the geometry's output positions.</param>
    /// <param name="kernel">Shape (kernelH, kernelW, filters, cin).</param>
    /// <param name="geometry">The convolution this op is the adjoint of: its input is y (inH, inW, filters).</param>
    /// <exception cref="ArgumentException">The shapes or dtypes do not fit.</exception>
    internal static Tensor Conv2DTranspose(Tensor x, Tensor kernel, ConvGeometry geometry)
    {
        Dispatch.SameDType(x, kernel, "Conv2DTranspose");
        ConvGeometry g = geometry;
        if (x.Rank != 4 || kernel.Rank != 4 || x.Shape[1] != g.OutH || x.Shape[2] != g.OutW || x.Shape[3] != kernel.Shape[3]
            || kernel.Shape[0] != g.KernelH || kernel.Shape[1] != g.KernelW || kernel.Shape[2] != g.Channels)
        {
            throw new ArgumentException($"Conv2DTranspose expects x (batch, {g.OutH}, {g.OutW}, cin) and a kernel ({g.KernelH}, {g.KernelW}, {g.Channels}, cin), received {x.Shape} and {kernel.Shape}.");
        }

        int batch = x.Shape[0], cin = x.Shape[3];
        Tensor y = TensorPool.Zeros(new Shape(batch, g.InH, g.InW, g.Channels), x.DType);
        if (x.DType == DType.Float32)
        {
            Convolution.ForwardTransposed(g, batch, x.Span<float>(), kernel.Span<float>(), cin, y.Span<float>());
        }
        else
        {
            Convolution.ForwardTransposed(g, batch, x.Span<double>(), kernel.Span<double>(), cin, y.Span<double>());
        }

        GradientTape.RecordOperation(y, [x, kernel], (dy, needs) =>
        {
            Tensor? dx = needs[0] ? TensorPool.ZerosLike(x) : null;
            Tensor? dw = needs[1] ? TensorPool.ZerosLike(kernel) : null;
            if (y.DType == DType.Float32)
            {
                Convolution.BackwardTransposed(g, batch, x.Span<float>(), kernel.Span<float>(), cin, dy.Span<float>(), dx is null ? default : dx.Span<float>(), dw is null ? default : dw.Span<float>());
            }
            else
            {
                Convolution.BackwardTransposed(g, batch, x.Span<double>(), kernel.Span<double>(), cin, dy.Span<double>(), dx is null ? default : dx.Span<double>(), dw is null ? default : dw.Span<double>());
            }

            return [dx, dw];
        });
        return y;
    }
}
