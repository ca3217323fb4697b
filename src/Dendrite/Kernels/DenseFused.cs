// DenseFused: the span passes of the fused Dense op (Autodiff Ops.DenseForward), float32 or float64.
//   forward:   y = f(x · W + b)     one GEMM into y, then the bias and f in place, each row while it is in L1
//   backward:  dz = dy ⊙ f'(y)      linear 1, relu [y > 0], sigmoid y·(1 − y), tanh 1 − y²
//              dx = dz · Wᵀ,  dW = xᵀ · dz,  db = Σ_rows dz
// Each pass uses the kernel and rounding order of the unfused ops (Elementwise with the same operators,
// TensorPrimitives, Broadcast.SumToShape), so fused and unfused results are bit-identical.
using System.Numerics;
using Dendrite.Kernels.Operators;
using Dendrite.Tensors;

namespace Dendrite.Kernels;

/// <summary>The span passes of the fused Dense op, generic over float32 and float64.</summary>
internal static class DenseFused
{
    /// <summary>y (m × n) = f(x · W + b), the bias and f applied in place after the GEMM.</summary>
    public static void Forward<T>(int m, int n, int k, ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> y, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Gemm.Multiply(false, false, m, n, k, x, w, y);
        if (b.IsEmpty && activation == DenseActivation.Linear)
        {
            return;
        }

        // Row by row, so the bias and f touch each row while it is still in L1 (one pass over y from memory, not two).
        for (int r = 0; r < m; r++)
        {
            Span<T> row = y.Slice(r * n, n);
            if (!b.IsEmpty)
            {
                Elementwise.Map(row, b, row, default(AddOperator));
            }

            switch (activation)
            {
                case DenseActivation.Relu:
                    Elementwise.Map(row, row, default(ReluOperator));
                    break;
                case DenseActivation.Sigmoid:
                    TensorPrimitives.Sigmoid<T>(row, row);
                    break;
                case DenseActivation.Tanh:
                    TensorPrimitives.Tanh<T>(row, row);
                    break;
            }
        }
    }

    /// <summary>dz = dy ⊙ f'(y), in the rounding order of the unfused activation ops' backward rules.</summary>
    public static void ActivationGradient<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dz, DenseActivation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        switch (activation)
        {
            case DenseActivation.Relu:
                Elementwise.Map(y, dy, dz, default(ReluGradientOperator));
                break;
            case DenseActivation.Sigmoid:
                TensorPrimitives.Subtract(T.One, y, dz);  // 1 − y
                TensorPrimitives.Multiply(y, dz, dz);     // y · (1 − y)
                TensorPrimitives.Multiply(dy, dz, dz);    // dy · y · (1 − y)
                break;
            case DenseActivation.Tanh:
                TensorPrimitives.Multiply(y, y, dz);      // y²
                TensorPrimitives.Subtract(T.One, dz, dz); // 1 − y²
                TensorPrimitives.Multiply(dy, dz, dz);    // dy · (1 − y²)
                break;
            default:
                dy.CopyTo(dz);
                break;
        }
    }

    /// <summary>dx = dz · Wᵀ, dW = xᵀ · dz, db = Σ_rows dz; an empty destination is skipped.</summary>
    public static void Backward<T>(int m, int n, int k, ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> dz, Shape zShape, Span<T> dx, Span<T> dw, Span<T> db)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!dx.IsEmpty)
        {
            Gemm.Multiply(false, true, m, k, n, dz, w, dx);
        }

        if (!dw.IsEmpty)
        {
            Gemm.Multiply(true, false, k, n, m, x, dz, dw);
        }

        if (!db.IsEmpty)
        {
            Broadcast.SumToShape(dz, zShape, db, new Shape(n));
        }
    }
}
