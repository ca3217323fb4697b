// DenseForward (fused): y = f(x · W + b) in one op — one GEMM into the result, then the bias and the
// activation applied in place in one pass; one result buffer instead of three, one tape record instead of three.
//   x: (…, k)   W: (k, n)   b: (n,) or none   y: (…, n)   f ∈ {linear, relu, sigmoid, tanh}
// Backward (saves y, not z = x·W + b: each supported f' is a function of y):
//   dz = dy ⊙ f'(y):   linear 1 (dz is dy, no pass)   relu [y > 0] (= [z > 0]; ReLU'(0) = 0)
//                      sigmoid y·(1 − y)              tanh 1 − y²
//   db = Σ_rows dz      dW = xᵀ · dz      dx = dz · Wᵀ
// Each step uses the kernel and the rounding order of the unfused composition f(Add(MatMul(x, W), b)), so
// the two agree bit for bit (tested), and the op passes its own double-precision gradient check.
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>activation(x · kernel + bias) as one fused op (the forward pass of a Dense layer).</summary>
    /// <param name="x">Shape (…, k).</param>
    /// <param name="kernel">Shape (k, n).</param>
    /// <param name="bias">Shape (n,), or null for no bias.</param>
    /// <param name="activation">The activation fused into the pass.</param>
    /// <exception cref="ArgumentException">The shapes or dtypes do not fit.</exception>
    internal static Tensor DenseForward(Tensor x, Tensor kernel, Tensor? bias, DenseActivation activation)
    {
        Dispatch.SameDType(x, kernel, "DenseForward");
        if (x.Rank < 2 || kernel.Rank != 2 || x.Shape[^1] != kernel.Shape[0])
        {
            throw new ArgumentException($"DenseForward expects x (…, k) and a kernel (k, n), received {x.Shape} and {kernel.Shape}.");
        }

        int k = kernel.Shape[0], n = kernel.Shape[1], m = x.Size / k;
        if (bias is not null && (bias.DType != x.DType || bias.Shape != new Shape(n)))
        {
            throw new ArgumentException($"DenseForward expects a bias of shape {new Shape(n)} and dtype {x.DType}, received {bias.Shape} {bias.DType}.");
        }

        Tensor y = TensorPool.Uninitialized(x.Shape.With(-1, n), x.DType); // the GEMM writes every element (no zero fill)
        if (x.DType == DType.Float32)
        {
            DenseFused.Forward(m, n, k, x.Span<float>(), kernel.Span<float>(), bias is null ? default : bias.Span<float>(), y.Span<float>(), activation);
        }
        else
        {
            DenseFused.Forward(m, n, k, x.Span<double>(), kernel.Span<double>(), bias is null ? default : bias.Span<double>(), y.Span<double>(), activation);
        }

        Tensor[] inputs = bias is null ? [x, kernel] : [x, kernel, bias];
        GradientTape.RecordOperation(y, inputs, (dy, needs) =>
        {
            Tensor dz = dy;
            if (activation != DenseActivation.Linear)
            {
                dz = TensorPool.Uninitialized(y.Shape, y.DType);
                if (y.DType == DType.Float32)
                {
                    DenseFused.ActivationGradient(y.Span<float>(), dy.Span<float>(), dz.Span<float>(), activation);
                }
                else
                {
                    DenseFused.ActivationGradient(y.Span<double>(), dy.Span<double>(), dz.Span<double>(), activation);
                }
            }

            // The GEMMs overwrite dx and dW whole (so does the activation gradient dz): no zero fill of these buffers.
            Tensor? dx = needs[0] ? TensorPool.Uninitialized(x.Shape, x.DType) : null;
            Tensor? dw = needs[1] ? TensorPool.Uninitialized(kernel.Shape, kernel.DType) : null;
            Tensor? db = bias is not null && needs[2] ? TensorPool.ZerosLike(bias) : null;
            if (y.DType == DType.Float32)
            {
                DenseFused.Backward(m, n, k, x.Span<float>(), kernel.Span<float>(), dz.Span<float>(), y.Shape, dx is null ? default : dx.Span<float>(), dw is null ? default : dw.Span<float>(), db is null ? default : db.Span<float>());
            }
            else
            {
                DenseFused.Backward(m, n, k, x.Span<double>(), kernel.Span<double>(), dz.Span<double>(), y.Shape, dx is null ? default : dx.Span<double>(), dw is null ? default : dw.Span<double>(), db is null ? default : db.Span<double>());
            }

            return bias is null ? [dx, dw] : [dx, dw, db];
        });
        return y;
    }
}
