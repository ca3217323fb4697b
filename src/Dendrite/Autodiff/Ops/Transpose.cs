// Transpose: y = x with axes permuted, y[i_perm(0), …] = x[i_0, …]; default reverses the axes.
// Backward: dx = transpose(dy, inverse(perm))
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Permutes the axes (reverses them by default); copies into a new contiguous tensor.</summary>
    /// <remarks>Output axis <c>i</c> is input axis <c>perm[i]</c>; <c>dx = transpose(dy, perm⁻¹)</c>.</remarks>
    /// <param name="x">The tensor.</param>
    /// <param name="perm">A permutation of 0..rank-1; default null reverses the axes.</param>
    /// <exception cref="ArgumentException"><paramref name="perm"/> is not a permutation of the axes.</exception>
    public static Tensor Transpose(Tensor x, int[]? perm = null)
    {
        int rank = x.Rank;
        perm ??= Enumerable.Range(0, rank).Reverse().ToArray();
        if (perm.Length != rank || perm.Distinct().Count() != rank || perm.Any(p => p < 0 || p >= rank))
        {
            throw new ArgumentException($"Transpose of shape {x.Shape} needs a permutation of 0..{rank - 1}, received [{string.Join(", ", perm)}].", nameof(perm));
        }

        var outDims = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            outDims[i] = x.Shape[perm[i]];
        }

        Tensor y = TensorPool.Zeros(new Shape(outDims), x.DType);
        if (rank == 2 && perm[0] == 1)
        {
            if (x.DType == DType.Float32)
            {
                Kernels.Gemm.Transpose(x.Span<float>(), x.Shape[0], x.Shape[1], y.Span<float>());
            }
            else
            {
                Kernels.Gemm.Transpose(x.Span<double>(), x.Shape[0], x.Shape[1], y.Span<double>());
            }
        }
        else
        {
            Permute(x, y, perm);
        }

        var inverse = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            inverse[perm[i]] = i;
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) => [Transpose(dy, inverse)]);
        return y;
    }

    private static void Permute(Tensor x, Tensor y, int[] perm)
    {
        int rank = x.Rank;
        var inStrides = new int[rank];
        int s = 1;
        for (int i = rank - 1; i >= 0; i--)
        {
            inStrides[i] = s;
            s *= x.Shape[i];
        }

        var index = new int[rank];
        for (int flat = 0; flat < y.Size; flat++)
        {
            int src = 0;
            for (int i = 0; i < rank; i++)
            {
                src += index[i] * inStrides[perm[i]];
            }

            y.SetFlat(flat, x.GetFlat(src));
            for (int i = rank - 1; i >= 0; i--)
            {
                if (++index[i] < y.Shape[i])
                {
                    break;
                }

                index[i] = 0;
            }
        }
    }
}
