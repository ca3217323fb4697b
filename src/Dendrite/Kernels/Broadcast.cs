// Broadcasting (numpy rules): shapes are aligned at the right; a dimension of 1 stretches to match.
//   broadcast((8, 1, 6), (7, 1)) = (8, 7, 6)
// A binary op on broadcast operands is computed by coalescing adjacent axes that broadcast alike, then
// running the element-wise driver on the innermost run (both contiguous, or one side a scalar).
// The gradient of a broadcast operand is the output gradient summed over the stretched axes: SumToShape,
// the one place broadcast reduction lives.
using System.Numerics;
using Dendrite.Tensors;

namespace Dendrite.Kernels;

/// <summary>Broadcast shapes, binary ops on broadcast operands, and the reduction back to an operand's shape.</summary>
internal static class Broadcast
{
    /// <summary>The numpy broadcast of two shapes.</summary>
    /// <exception cref="ArgumentException">The shapes are incompatible.</exception>
    public static Shape Shapes(Shape a, Shape b)
    {
        int rank = Math.Max(a.Rank, b.Rank);
        var dims = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            int da = i < rank - a.Rank ? 1 : a[i - (rank - a.Rank)];
            int db = i < rank - b.Rank ? 1 : b[i - (rank - b.Rank)];
            if (da != db && da != 1 && db != 1)
            {
                throw new ArgumentException($"Shapes {a} and {b} cannot be broadcast together: dimension {i} is {da} and {db}.");
            }

            dims[i] = da == 1 ? db : da;
        }

        return new Shape(dims);
    }

    /// <summary>destination = op(a, b) with broadcasting; destination has shape <paramref name="outShape"/>.</summary>
    public static void Binary<T, TOp>(ReadOnlySpan<T> a, Shape aShape, ReadOnlySpan<T> b, Shape bShape, Span<T> destination, Shape outShape, TOp op)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TOp : struct, IBinaryOperator
    {
        if (aShape == outShape && bShape == outShape)
        {
            Elementwise.Map(a, b, destination, op);
            return;
        }

        if (bShape.Size == 1 && aShape == outShape)
        {
            Elementwise.MapScalarRight(a, b[0], destination, op);
            return;
        }

        if (aShape.Size == 1 && bShape == outShape)
        {
            Elementwise.MapScalarLeft(a[0], b, destination, op);
            return;
        }

        var (dims, sa, sb) = Coalesce(outShape, aShape, bShape);
        int last = dims.Length - 1;
        int inner = dims[last];
        int outer = outShape.Size / Math.Max(inner, 1);
        Span<int> index = stackalloc int[dims.Length];
        int offA = 0, offB = 0;
        for (int o = 0; o < outer; o++)
        {
            Span<T> dst = destination.Slice(o * inner, inner);
            if (sa[last] == 1 && sb[last] == 1)
            {
                Elementwise.Map(a.Slice(offA, inner), b.Slice(offB, inner), dst, op);
            }
            else if (sa[last] == 1)
            {
                Elementwise.MapScalarRight(a.Slice(offA, inner), b[offB], dst, op);
            }
            else if (sb[last] == 1)
            {
                Elementwise.MapScalarLeft(a[offA], b.Slice(offB, inner), dst, op);
            }
            else
            {
                dst.Fill(op.Invoke(a[offA], b[offB]));
            }

            // odometer over the outer axes
            for (int ax = last - 1; ax >= 0; ax--)
            {
                index[ax]++;
                offA += sa[ax];
                offB += sb[ax];
                if (index[ax] < dims[ax])
                {
                    break;
                }

                offA -= sa[ax] * dims[ax];
                offB -= sb[ax] * dims[ax];
                index[ax] = 0;
            }
        }
    }

    /// <summary>Sums <paramref name="source"/> (of <paramref name="sourceShape"/>) over the axes where <paramref name="targetShape"/> was broadcast.</summary>
    /// <remarks>The gradient rule of broadcasting: every element that was copied gets its gradients added back.</remarks>
    public static void SumToShape<T>(ReadOnlySpan<T> source, Shape sourceShape, Span<T> destination, Shape targetShape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (sourceShape == targetShape)
        {
            source.CopyTo(destination);
            return;
        }

        destination.Clear();
        if (targetShape.Size == 1)
        {
            destination[0] = TensorPrimitives.Sum(source);
            return;
        }

        var (dims, st, _) = Coalesce(sourceShape, targetShape, targetShape);
        int last = dims.Length - 1;
        int inner = dims[last];
        int outer = sourceShape.Size / Math.Max(inner, 1);
        Span<int> index = stackalloc int[dims.Length];
        int off = 0;
        for (int o = 0; o < outer; o++)
        {
            ReadOnlySpan<T> src = source.Slice(o * inner, inner);
            if (st[last] == 1)
            {
                Span<T> dst = destination.Slice(off, inner);
                TensorPrimitives.Add(dst, src, dst);
            }
            else
            {
                destination[off] += TensorPrimitives.Sum(src);
            }

            for (int ax = last - 1; ax >= 0; ax--)
            {
                index[ax]++;
                off += st[ax];
                if (index[ax] < dims[ax])
                {
                    break;
                }

                off -= st[ax] * dims[ax];
                index[ax] = 0;
            }
        }
    }

    /// <summary>
    /// Aligns two operand shapes to <paramref name="outShape"/> and merges adjacent axes along which both
    /// operands are either contiguous or broadcast alike. Returns the merged dims and the element strides
    /// of each operand per merged axis (0 on broadcast axes).
    /// </summary>
    private static (int[] Dims, int[] StridesA, int[] StridesB) Coalesce(Shape outShape, Shape aShape, Shape bShape)
    {
        int rank = Math.Max(outShape.Rank, 1);
        var dims = new List<int>(rank);
        var fa = new List<bool>(rank); // true: a is broadcast (dim 1) on this axis while out is not
        var fb = new List<bool>(rank);
        for (int i = 0; i < outShape.Rank; i++)
        {
            int d = outShape[i];
            int da = DimAligned(aShape, outShape.Rank, i);
            int db = DimAligned(bShape, outShape.Rank, i);
            if (d == 1)
            {
                continue; // size-1 output axes carry nothing
            }

            bool ba = da == 1;
            bool bb = db == 1;
            if (dims.Count > 0 && fa[^1] == ba && fb[^1] == bb)
            {
                dims[^1] *= d;
            }
            else
            {
                dims.Add(d);
                fa.Add(ba);
                fb.Add(bb);
            }
        }

        if (dims.Count == 0)
        {
            dims.Add(1);
            fa.Add(false);
            fb.Add(false);
        }

        int n = dims.Count;
        var sa = new int[n];
        var sb = new int[n];
        int strideA = 1, strideB = 1;
        for (int i = n - 1; i >= 0; i--)
        {
            sa[i] = fa[i] ? 0 : strideA;
            sb[i] = fb[i] ? 0 : strideB;
            if (!fa[i])
            {
                strideA *= dims[i];
            }

            if (!fb[i])
            {
                strideB *= dims[i];
            }
        }

        return (dims.ToArray(), sa, sb);
    }

    private static int DimAligned(Shape s, int rank, int i) => i < rank - s.Rank ? 1 : s[i - (rank - s.Rank)];
}
