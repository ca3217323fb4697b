// Reductions along one axis. A tensor is viewed as (outer, n, inner) around the reduced axis:
//   sum:  y[o, i] = Σ_r x[o, r, i]
//   max:  y[o, i] = max_r x[o, r, i],  argmax[o, i] = the first r attaining it
// Rows are added in increasing r, so results do not depend on the SIMD tier's lane count for inner > 1,
// and TensorPrimitives.Sum's fixed order is used for inner = 1.
using System.Numerics;

namespace Dendrite.Kernels;

/// <summary>Sum and max along one axis of a (outer, n, inner) view.</summary>
internal static class Reduce
{
    /// <summary>destination[o, i] = Σ_r source[o, r, i]; destination has outer·inner elements.</summary>
    public static void Sum<T>(ReadOnlySpan<T> source, int outer, int n, int inner, Span<T> destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (inner == 1)
        {
            for (int o = 0; o < outer; o++)
            {
                destination[o] = TensorPrimitives.Sum(source.Slice(o * n, n));
            }

            return;
        }

        destination[..(outer * inner)].Clear();
        for (int o = 0; o < outer; o++)
        {
            Span<T> dst = destination.Slice(o * inner, inner);
            for (int r = 0; r < n; r++)
            {
                TensorPrimitives.Add(dst, source.Slice(((o * n) + r) * inner, inner), dst);
            }
        }
    }

    /// <summary>destination[o, i] = max_r source[o, r, i]; <paramref name="argmax"/> gets the first maximal r (NaN wins).</summary>
    public static void Max<T>(ReadOnlySpan<T> source, int outer, int n, int inner, Span<T> destination, Span<int> argmax)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (n == 0)
        {
            throw new ArgumentException("Cannot take the maximum over an axis of length 0.");
        }

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int baseIndex = (o * n * inner) + i;
                T best = source[baseIndex];
                int bestR = 0;
                for (int r = 1; r < n && !T.IsNaN(best); r++)
                {
                    T v = source[baseIndex + (r * inner)];
                    if (v > best || T.IsNaN(v))
                    {
                        best = v;
                        bestR = r;
                    }
                }

                destination[(o * inner) + i] = best;
                argmax[(o * inner) + i] = bestR;
            }
        }
    }
}
