// MatMul: Y = op(A) · op(B),  op(X) = X or Xᵀ.  A may have leading batch axes: (…, m, k) · (k, n) → (…, m, n).
// Backward (no transposes):  dA = dY · Bᵀ,  dB = Aᵀ · dY
//   with transposes, the same identities rearranged so that no operand is copied:
//   transA:  dA = op(B) · dYᵀ          transB:  dB = dYᵀ · op(A)
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Matrix product of two matrices (or a batch of rows and a matrix).</summary>
    /// <remarks><c>Y = op(A) · op(B)</c>; <c>dA = dY · op(B)ᵀ</c>, <c>dB = op(A)ᵀ · dY</c>. Transposes are handled inside the GEMM, without copies.</remarks>
    /// <param name="a">Shape (m, k), or (…, m, k) when <paramref name="transposeA"/> is false; (k, m) when true.</param>
    /// <param name="b">Shape (k, n); (n, k) when <paramref name="transposeB"/>.</param>
    /// <param name="transposeA">Use Aᵀ; default false (only for rank-2 A).</param>
    /// <param name="transposeB">Use Bᵀ; default false.</param>
    /// <exception cref="ArgumentException">The inner dimensions differ, or the ranks are unsupported.</exception>
    public static Tensor MatMul(Tensor a, Tensor b, bool transposeA = false, bool transposeB = false)
    {
        Dispatch.SameDType(a, b, "MatMul");
        if (b.Rank != 2 || a.Rank < 2 || (transposeA && a.Rank != 2))
        {
            throw new ArgumentException($"MatMul expects A of rank 2 (or rank ≥ 2 without transposeA) and B of rank 2, received {a.Shape} and {b.Shape}.");
        }

        int k = transposeA ? a.Shape[0] : a.Shape[a.Rank - 1];
        int m = transposeA ? a.Shape[1] : 1;
        for (int i = 0; !transposeA && i < a.Rank - 1; i++)
        {
            m *= a.Shape[i];
        }

        int kb = transposeB ? b.Shape[1] : b.Shape[0];
        int n = transposeB ? b.Shape[0] : b.Shape[1];
        if (k != kb)
        {
            throw new ArgumentException($"MatMul inner dimensions differ: {(transposeA ? "Aᵀ" : "A")} {a.Shape} has {k} columns, {(transposeB ? "Bᵀ" : "B")} {b.Shape} has {kb} rows.");
        }

        Shape outShape = transposeA ? new Shape(m, n) : a.Shape.With(-1, n);
        Tensor y = TensorPool.Uninitialized(outShape, a.DType); // the GEMM writes every element (accumulate: false)
        if (a.DType == DType.Float32)
        {
            Gemm.Multiply(transposeA, transposeB, m, n, k, a.Span<float>(), b.Span<float>(), y.Span<float>());
        }
        else
        {
            Gemm.Multiply(transposeA, transposeB, m, n, k, a.Span<double>(), b.Span<double>(), y.Span<double>());
        }

        GradientTape.RecordOperation(y, [a, b], (dy, needs) =>
        {
            Tensor? da = null, db = null;
            if (needs[0])
            {
                da = transposeA ? MatMul(b, dy, transposeB, true) : MatMul(dy, b, false, !transposeB);
            }

            if (needs[1])
            {
                Tensor a2 = a.Rank == 2 ? a : a.View(new Shape(m, k));
                Tensor dy2 = dy.Rank == 2 ? dy : dy.View(new Shape(m, n));
                db = transposeB ? MatMul(dy2, a2, true, transposeA) : MatMul(a2, dy2, !transposeA, false);
            }

            return [da, db];
        });
        return y;
    }
}
