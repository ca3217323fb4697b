// SgemmPacking: copies blocks of op(A) and op(B) into the sliver layouts the micro-kernels read.
//   A block rows [i0, i0 + mc) × depth [p0, p0 + kc) → ⌈mc / MR⌉ slivers; sliver s holds, for p = 0..kc-1,
//     the MR values op(A)[i0 + s·MR + r, p0 + p], r = 0..MR-1 (rows past the edge are 0).
//   B panel depth [p0, p0 + kc) × columns [j0, j0 + nc) → ⌈nc / NR⌉ slivers; sliver s holds, for each p,
//     the NR values op(B)[p0 + p, j0 + s·NR + j] (columns past the edge are 0).
// op(X) = Xᵀ is read straight from the stored matrix here: op(A)[i, p] = a[p·m + i] when transA,
// op(B)[p, j] = b[j·k + p] when transB, so no whole-matrix transpose is ever made. Zero padding lets the
// kernel always run a full MR × NR tile; padded rows and columns are never written back to C.
namespace Dendrite.Kernels;

/// <summary>Packing of op(A) and op(B) blocks into micro-kernel slivers.</summary>
internal static unsafe partial class Sgemm
{
    /// <summary>Packs op(A)[i0 .. i0+mc, p0 .. p0+kc] into MR-high slivers at dst (a is m × k, or k × m when transA).</summary>
    internal static void PackA(float* dst, float* a, bool transA, int m, int k, int i0, int mc, int p0, int kc, int mr)
    {
        for (int s = 0; s < mc; s += mr, dst += (nint)mr * kc)
        {
            int rows = Math.Min(mr, mc - s);
            if (!transA)
            {
                for (int r = 0; r < rows; r++)
                {
                    float* src = a + ((nint)(i0 + s + r) * k) + p0;
                    float* d = dst + r;
                    for (int p = 0; p < kc; p++)
                    {
                        d[(nint)p * mr] = src[p];
                    }
                }
            }
            else
            {
                for (int p = 0; p < kc; p++)
                {
                    new ReadOnlySpan<float>(a + ((nint)(p0 + p) * m) + i0 + s, rows).CopyTo(new Span<float>(dst + ((nint)p * mr), rows));
                }
            }

            if (rows < mr)
            {
                for (int p = 0; p < kc; p++)
                {
                    new Span<float>(dst + ((nint)p * mr) + rows, mr - rows).Clear();
                }
            }
        }
    }

    /// <summary>Packs slivers [s0, s1) of op(B)[p0 .. p0+kc, j0 .. j0+nc] at dst (b is k × n, or n × k when transB).</summary>
    internal static void PackB(float* dst, float* b, bool transB, int n, int k, int j0, int nc, int p0, int kc, int nr, int s0, int s1)
    {
        for (int s = s0; s < s1; s++)
        {
            float* d = dst + ((nint)s * kc * nr);
            int j = j0 + (s * nr);
            int cols = Math.Min(nr, j0 + nc - j);
            if (!transB)
            {
                for (int p = 0; p < kc; p++)
                {
                    new ReadOnlySpan<float>(b + ((nint)(p0 + p) * n) + j, cols).CopyTo(new Span<float>(d + ((nint)p * nr), cols));
                }
            }
            else
            {
                for (int jj = 0; jj < cols; jj++)
                {
                    float* src = b + ((nint)(j + jj) * k) + p0;
                    float* dj = d + jj;
                    for (int p = 0; p < kc; p++)
                    {
                        dj[(nint)p * nr] = src[p];
                    }
                }
            }

            if (cols < nr)
            {
                for (int p = 0; p < kc; p++)
                {
                    new Span<float>(d + ((nint)p * nr) + cols, nr - cols).Clear();
                }
            }
        }
    }
}
