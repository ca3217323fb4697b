// GEMM: C = op(A) · op(B)  (+ C when accumulating), op(X) = X or Xᵀ, all row-major.
//   C[i, j] = Σ_p op(A)[i, p] · op(B)[p, j]
// float32 goes to Sgemm: the packed Goto/BLIS GEMM with register-tiled AVX-512 / AVX2+FMA / Vector128
// micro-kernels (transposes handled in packing, bit-identical for any thread count; see Sgemm.cs).
// float64 (used for gradient checks) keeps this simpler generic path: transposed operands are copied into
// row-major scratch, and C is computed in blocks of 4 rows × one Vector<T> of columns over K-blocks of KC;
// each C element sums its products in increasing p, so results are identical for any number of threads.
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dendrite.Tensors;

namespace Dendrite.Kernels;

/// <summary>General matrix multiplication on row-major spans.</summary>
internal static class Gemm
{
    private const int KC = 256;
    private const int NC = 1024;
    private const long ParallelThreshold = 1L << 18; // m·n·k below which one thread is faster

    /// <summary>
    /// c (m × n) = op(a) · op(b), or c += op(a) · op(b) when <paramref name="accumulate"/>.
    /// op(a) is m × k (a is k × m when <paramref name="transA"/>); op(b) is k × n (b is n × k when <paramref name="transB"/>).
    /// </summary>
    public static void Multiply<T>(bool transA, bool transB, int m, int n, int k, ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, bool accumulate = false)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (a.Length < m * k || b.Length < k * n || c.Length < m * n)
        {
            throw new ArgumentException($"GEMM spans too short for m={m}, n={n}, k={k}: a {a.Length}, b {b.Length}, c {c.Length}.");
        }

        if (m == 0 || n == 0 || k == 0)
        {
            if (!accumulate)
            {
                c[..(m * n)].Clear();
            }

            return;
        }

        if (typeof(T) == typeof(float))
        {
            Sgemm.Multiply(transA, transB, m, n, k, MemoryMarshal.Cast<T, float>(a), MemoryMarshal.Cast<T, float>(b), MemoryMarshal.Cast<T, float>(c), accumulate, Engine.Threads);
            return;
        }

        if (!accumulate)
        {
            c[..(m * n)].Clear();
        }

        T[]? aPack = null, bPack = null;
        try
        {
            ReadOnlySpan<T> am = a;
            if (transA)
            {
                aPack = ArrayPool<T>.Shared.Rent(m * k);
                Transpose(a, k, m, aPack);
                am = aPack.AsSpan(0, m * k);
            }

            ReadOnlySpan<T> bm = b;
            if (transB)
            {
                bPack = ArrayPool<T>.Shared.Rent(k * n);
                Transpose(b, n, k, bPack);
                bm = bPack.AsSpan(0, k * n);
            }

            int threads = Engine.Threads;
            if (threads > 1 && (long)m * n * k >= ParallelThreshold && m >= 8)
            {
                MultiplyParallel(m, n, k, am, bm, c, threads);
            }
            else
            {
                Block(0, m, n, k, am, bm, c);
            }
        }
        finally
        {
            if (aPack is not null)
            {
                ArrayPool<T>.Shared.Return(aPack);
            }

            if (bPack is not null)
            {
                ArrayPool<T>.Shared.Return(bPack);
            }
        }
    }

    /// <summary>destination (cols × rows) = sourceᵀ for a rows × cols source.</summary>
    public static void Transpose<T>(ReadOnlySpan<T> source, int rows, int cols, Span<T> destination)
    {
        const int Tile = 32;
        for (int r0 = 0; r0 < rows; r0 += Tile)
        {
            int r1 = Math.Min(r0 + Tile, rows);
            for (int c0 = 0; c0 < cols; c0 += Tile)
            {
                int c1 = Math.Min(c0 + Tile, cols);
                for (int r = r0; r < r1; r++)
                {
                    for (int cc = c0; cc < c1; cc++)
                    {
                        destination[(cc * rows) + r] = source[(r * cols) + cc];
                    }
                }
            }
        }
    }

    private static unsafe void MultiplyParallel<T>(int m, int n, int k, ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, int threads)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        // Spans cannot be captured by a lambda; the pinned pointers outlive the WorkerPool.Run call.
        fixed (T* pa = a, pb = b, pc = c)
        {
            nint ia = (nint)pa, ib = (nint)pb, ic = (nint)pc;
            int al = a.Length, bl = b.Length, cl = c.Length;
            int chunks = Math.Min(threads, (m + 3) / 4);
            int rowsPerChunk = (((m + chunks - 1) / chunks) + 3) / 4 * 4;
            WorkerPool.Run(chunks, chunk =>
            {
                int r0 = chunk * rowsPerChunk;
                int r1 = Math.Min(m, r0 + rowsPerChunk);
                if (r0 < r1)
                {
                    Block(r0, r1, n, k, new ReadOnlySpan<T>((T*)ia, al), new ReadOnlySpan<T>((T*)ib, bl), new Span<T>((T*)ic, cl));
                }
            });
        }
    }

    /// <summary>Rows [r0, r1) of C += A · B with A m × k and B k × n, both row-major.</summary>
    private static void Block<T>(int r0, int r1, int n, int k, ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int w = Vector<T>.Count;
        ref T ar = ref MemoryMarshal.GetReference(a);
        ref T br = ref MemoryMarshal.GetReference(b);
        ref T cr = ref MemoryMarshal.GetReference(c);
        for (int p0 = 0; p0 < k; p0 += KC)
        {
            int p1 = Math.Min(k, p0 + KC);
            for (int j0 = 0; j0 < n; j0 += NC)
            {
                int j1 = Math.Min(n, j0 + NC);
                int i = r0;
                for (; i + 4 <= r1; i += 4)
                {
                    int j = j0;
                    for (; j + w <= j1; j += w)
                    {
                        ref T c0 = ref Unsafe.Add(ref cr, (i * n) + j);
                        ref T c1 = ref Unsafe.Add(ref c0, n);
                        ref T c2 = ref Unsafe.Add(ref c1, n);
                        ref T c3 = ref Unsafe.Add(ref c2, n);
                        Vector<T> acc0 = Vector.LoadUnsafe(ref c0);
                        Vector<T> acc1 = Vector.LoadUnsafe(ref c1);
                        Vector<T> acc2 = Vector.LoadUnsafe(ref c2);
                        Vector<T> acc3 = Vector.LoadUnsafe(ref c3);
                        for (int p = p0; p < p1; p++)
                        {
                            Vector<T> bv = Vector.LoadUnsafe(ref Unsafe.Add(ref br, (p * n) + j));
                            acc0 += new Vector<T>(Unsafe.Add(ref ar, (i * k) + p)) * bv;
                            acc1 += new Vector<T>(Unsafe.Add(ref ar, ((i + 1) * k) + p)) * bv;
                            acc2 += new Vector<T>(Unsafe.Add(ref ar, ((i + 2) * k) + p)) * bv;
                            acc3 += new Vector<T>(Unsafe.Add(ref ar, ((i + 3) * k) + p)) * bv;
                        }

                        acc0.StoreUnsafe(ref c0);
                        acc1.StoreUnsafe(ref c1);
                        acc2.StoreUnsafe(ref c2);
                        acc3.StoreUnsafe(ref c3);
                    }

                    for (; j < j1; j++)
                    {
                        for (int r = i; r < i + 4; r++)
                        {
                            ScalarDot(ref ar, ref br, ref cr, r, j, n, k, p0, p1);
                        }
                    }
                }

                for (; i < r1; i++)
                {
                    int j = j0;
                    for (; j + w <= j1; j += w)
                    {
                        ref T c0 = ref Unsafe.Add(ref cr, (i * n) + j);
                        Vector<T> acc0 = Vector.LoadUnsafe(ref c0);
                        for (int p = p0; p < p1; p++)
                        {
                            acc0 += new Vector<T>(Unsafe.Add(ref ar, (i * k) + p)) * Vector.LoadUnsafe(ref Unsafe.Add(ref br, (p * n) + j));
                        }

                        acc0.StoreUnsafe(ref c0);
                    }

                    for (; j < j1; j++)
                    {
                        ScalarDot(ref ar, ref br, ref cr, i, j, n, k, p0, p1);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScalarDot<T>(ref T ar, ref T br, ref T cr, int i, int j, int n, int k, int p0, int p1)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T acc = Unsafe.Add(ref cr, (i * n) + j);
        for (int p = p0; p < p1; p++)
        {
            acc += Unsafe.Add(ref ar, (i * k) + p) * Unsafe.Add(ref br, (p * n) + j);
        }

        Unsafe.Add(ref cr, (i * n) + j) = acc;
    }
}
