// Max: y = max_r x[…, r, …] along one axis (or over all elements), optionally keeping the axis as size 1
// Backward: dx[…, r*, …] = dy, 0 elsewhere, r* = the FIRST index attaining the maximum
//           (subgradient choice: with ties the whole gradient goes to the first maximal element, as TensorFlow)
using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Maximum along <paramref name="axis"/>.</summary>
    /// <remarks><c>y = max_r x_r</c>; <c>dx</c> is <c>dy</c> at the first maximal element and 0 elsewhere.</remarks>
    /// <param name="x">The tensor, rank ≥ 1.</param>
    /// <param name="axis">The axis to reduce; negative counts from the end.</param>
    /// <param name="keepDims">Keep the reduced axis with size 1; default false.</param>
    /// <exception cref="ArgumentException">The axis is out of range or has length 0.</exception>
    public static Tensor Max(Tensor x, int axis, bool keepDims = false)
    {
        NotNull(x, "Max", nameof(x));
        int ax = CheckAxis(x.Shape, axis, "Max");
        var (outer, n, inner) = Dispatch.Split(x.Shape, ax);
        Shape kept = x.Shape.With(ax, 1);
        return MaxCore(x, outer, n, inner, keepDims ? kept : Squeeze(kept, [.. Enumerable.Range(0, x.Rank).Select(i => i == ax)]), $"axis {axis}");
    }

    /// <summary>Maximum over all elements, as a scalar.</summary>
    /// <remarks><c>y = max x</c>; <c>dx</c> is <c>dy</c> at the first maximal element (row-major) and 0 elsewhere.</remarks>
    /// <param name="x">The tensor, with at least one element.</param>
    /// <exception cref="ArgumentException">The tensor is empty.</exception>
    public static Tensor Max(Tensor x)
    {
        NotNull(x, "Max", nameof(x));
        return MaxCore(x, 1, x.Size, 1, Shape.Scalar, "all axes");
    }

    private static Tensor MaxCore(Tensor x, int outer, int n, int inner, Shape outShape, string where)
    {
        if (n == 0)
        {
            throw new ArgumentException($"Max expects a non-empty reduction, received shape {x.Shape} reduced over {where}.", nameof(x));
        }

        Tensor y = TensorPool.Zeros(outShape, x.DType);
        int[] argmax = new int[outer * inner];
        if (x.DType == DType.Float32)
        {
            Reduce.Max(x.Span<float>(), outer, n, inner, y.Span<float>(), argmax);
        }
        else
        {
            Reduce.Max(x.Span<double>(), outer, n, inner, y.Span<double>(), argmax);
        }

        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            if (x.DType == DType.Float32)
            {
                ScatterArgmax(dy.Span<float>(), argmax, n, inner, dx.Span<float>());
            }
            else
            {
                ScatterArgmax(dy.Span<double>(), argmax, n, inner, dx.Span<double>());
            }

            return [dx];
        });
        return y;
    }

    /// <summary>dx[o, argmax[o, i], i] = dy[o, i].</summary>
    private static void ScatterArgmax<T>(ReadOnlySpan<T> dy, ReadOnlySpan<int> argmax, int n, int inner, Span<T> dx)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int k = 0; k < argmax.Length; k++)
        {
            int o = k / inner;
            int i = k - (o * inner);
            dx[(((o * n) + argmax[k]) * inner) + i] = dy[k];
        }
    }
}
