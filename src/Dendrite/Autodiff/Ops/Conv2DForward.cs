// Conv2DForward (fused): y = f(conv2d(x, W) + b), channels last, through im2col + the packed GEMM (Kernels
// Convolution.cs, chunked so the patch matrix stays bounded), the bias and the activation fused as in Dense.
//   x: (batch, inH, inW, cin)   W: (kernelH, kernelW, cin, filters)   b: (filters,) or none
//   y[b, oy, ox, f] = f(Σ_{ky, kx, c} x[b, oy·sH − padTop + ky·dH, ox·sW − padLeft + kx·dW, c] · W[ky, kx, c, f] + b[f])
//   (x outside the input is 0; geometry in ConvGeometry.cs). Cross-correlation, as Keras and PyTorch.
// Backward (saves y, not z, as DenseForward: each fused f' is a function of y):
//   dz = dy ⊙ f'(y)    db = Σ_{b, oy, ox} dz    dW = im2col(x)ᵀ · dz    dx = col2im(dz · Wᵀ)
// im2col is recomputed in the backward pass rather than kept, so memory stays bounded for any batch. dz and db
// come from one pass (Convolution.Backward.cs); y and dz are rented uncleared, as the kernels write every element.
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>activation(conv2d(x, kernel) + bias) as one op (the forward pass of the Conv1D / Conv2D layers).</summary>
    /// <param name="x">Shape (batch, inH, inW, cin).</param>
    /// <param name="kernel">Shape (kernelH, kernelW, cin, filters).</param>
    /// <param name="bias">Shape (filters,), or null for no bias.</param>
    /// <param name="geometry">The window geometry; its input sizes must match x and its window the kernel.</param>
    /// <param name="activation">The activation fused into the pass.</param>
    /// <exception cref="ArgumentException">The shapes or dtypes do not fit.</exception>
    internal static Tensor Conv2DForward(Tensor x, Tensor kernel, Tensor? bias, ConvGeometry geometry, DenseActivation activation)
    {
        Dispatch.SameDType(x, kernel, "Conv2DForward");
        ConvGeometry g = geometry;
        if (x.Rank != 4 || kernel.Rank != 4 || x.Shape[1] != g.InH || x.Shape[2] != g.InW || x.Shape[3] != g.Channels
            || kernel.Shape[0] != g.KernelH || kernel.Shape[1] != g.KernelW || kernel.Shape[2] != g.Channels)
        {
            throw new ArgumentException($"Conv2DForward expects x (batch, {g.InH}, {g.InW}, {g.Channels}) and a kernel ({g.KernelH}, {g.KernelW}, {g.Channels}, filters), received {x.Shape} and {kernel.Shape}.");
        }

        int batch = x.Shape[0], filters = kernel.Shape[3];
        if (bias is not null && (bias.DType != x.DType || bias.Shape != new Shape(filters)))
        {
            throw new ArgumentException($"Conv2DForward expects a bias of shape {new Shape(filters)} and dtype {x.DType}, received {bias.Shape} {bias.DType}.");
        }

        Tensor y = TensorPool.Uninitialized(new Shape(batch, g.OutH, g.OutW, filters), x.DType);
        if (x.DType == DType.Float32)
        {
            Convolution.Forward(g, batch, x.Span<float>(), kernel.Span<float>(), filters, bias is null ? default : bias.Span<float>(), y.Span<float>(), activation);
        }
        else
        {
            Convolution.Forward(g, batch, x.Span<double>(), kernel.Span<double>(), filters, bias is null ? default : bias.Span<double>(), y.Span<double>(), activation);
        }

        Tensor[] inputs = bias is null ? [x, kernel] : [x, kernel, bias];
        GradientTape.RecordOperation(y, inputs, (dy, needs) =>
        {
            Tensor? dz = activation == DenseActivation.Linear ? null : TensorPool.Uninitialized(y.Shape, y.DType);
            Tensor? dx = needs[0] ? TensorPool.ZerosLike(x) : null;
            Tensor? dw = needs[1] ? TensorPool.ZerosLike(kernel) : null;
            Tensor? db = bias is not null && needs[2] ? TensorPool.ZerosLike(bias) : null;
            if (y.DType == DType.Float32)
            {
                Convolution.Backward(g, batch, x.Span<float>(), kernel.Span<float>(), filters, y.Span<float>(), dy.Span<float>(), activation, dz is null ? default : dz.Span<float>(),
                    dx is null ? default : dx.Span<float>(), dw is null ? default : dw.Span<float>(), db is null ? default : db.Span<float>());
            }
            else
            {
                Convolution.Backward(g, batch, x.Span<double>(), kernel.Span<double>(), filters, y.Span<double>(), dy.Span<double>(), activation, dz is null ? default : dz.Span<double>(),
                    dx is null ? default : dx.Span<double>(), dw is null ? default : dw.Span<double>(), db is null ? default : db.Span<double>());
            }

            return bias is null ? [dx, dw] : [dx, dw, db];
        });
        return y;
    }
}
