// Softmax along an axis of a (outer, n, inner) view, computed stably by subtracting the row maximum:
//   softmax(x)_j     = e^(x_j - m) / Σ_k e^(x_k - m),           m = max_k x_k
//   logsoftmax(x)_j  = x_j - m - log Σ_k e^(x_k - m)
// Backward (dy → dx), with y the forward output:
//   softmax:     dx_j = y_j (dy_j - Σ_k dy_k y_k)
//   logsoftmax:  dx_j = dy_j - e^(y_j) Σ_k dy_k
using System.Numerics;

namespace Dendrite.Kernels;

/// <summary>Stable softmax and log-softmax, forward and backward, along one axis.</summary>
internal static class Softmax
{
    /// <summary>Forward softmax (or log-softmax when <paramref name="log"/>) of each (o, ·, i) row.</summary>
    public static void Forward<T>(ReadOnlySpan<T> x, int outer, int n, int inner, Span<T> y, bool log)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (inner == 1)
        {
            for (int o = 0; o < outer; o++)
            {
                ReadOnlySpan<T> row = x.Slice(o * n, n);
                Span<T> dst = y.Slice(o * n, n);
                if (n == 0)
                {
                    continue;
                }

                T max = TensorPrimitives.Max(row);
                TensorPrimitives.Subtract(row, max, dst);
                if (log)
                {
                    // dst = x - m; logsumexp over the shifted row
                    T sum = T.Zero;
                    foreach (T v in dst)
                    {
                        sum += T.Exp(v);
                    }

                    TensorPrimitives.Subtract(dst, T.Log(sum), dst);
                }
                else
                {
                    TensorPrimitives.Exp(dst, dst);
                    T sum = TensorPrimitives.Sum(dst);
                    TensorPrimitives.Divide(dst, sum, dst);
                }
            }

            return;
        }

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int b = (o * n * inner) + i;
                T max = T.NegativeInfinity;
                for (int r = 0; r < n; r++)
                {
                    max = T.Max(max, x[b + (r * inner)]);
                }

                T sum = T.Zero;
                for (int r = 0; r < n; r++)
                {
                    sum += T.Exp(x[b + (r * inner)] - max);
                }

                T logSum = T.Log(sum);
                for (int r = 0; r < n; r++)
                {
                    T shifted = x[b + (r * inner)] - max;
                    y[b + (r * inner)] = log ? shifted - logSum : T.Exp(shifted) / sum;
                }
            }
        }
    }

    /// <summary>Backward of <see cref="Forward"/>: dx from the forward output y and the output gradient dy.</summary>
    public static void Backward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, int outer, int n, int inner, Span<T> dx, bool log)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int b = (o * n * inner) + i;
                T s = T.Zero;
                for (int r = 0; r < n; r++)
                {
                    int ix = b + (r * inner);
                    s += log ? dy[ix] : dy[ix] * y[ix];
                }

                for (int r = 0; r < n; r++)
                {
                    int ix = b + (r * inner);
                    dx[ix] = log ? dy[ix] - (T.Exp(y[ix]) * s) : y[ix] * (dy[ix] - s);
                }
            }
        }
    }
}
