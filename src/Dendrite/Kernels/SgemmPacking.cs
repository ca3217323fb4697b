// SgemmPacking: copies blocks of op(A) and op(B) into the sliver layouts the micro-kernels read.
//   A block rows [i0, i0 + mc) × depth [p0, p0 + kc) → ⌈mc / MR⌉ slivers; sliver s holds, for p = 0..kc-1,
//     the MR values op(A)[i0 + s·MR + r, p0 + p], r = 0..MR-1 (rows past the edge are 0).
//   B panel depth [p0, p0 + kc) × columns [j0, j0 + nc) → ⌈nc / NR⌉ slivers; sliver s holds, for each p,
//     the NR values op(B)[p0 + p, j0 + s·NR + j] (columns past the edge are 0).
// op(X) = Xᵀ is read straight from the stored matrix here: op(A)[i, p] = a[p·m + i] when transA,
// op(B)[p, j] = b[j·k + p] when transB, so no whole-matrix transpose is ever made. Both cases reduce to two
// loops: SplitRows when the stored rows run along the sliver width (B, Aᵀ: each stored row is cut into
// slivers, read sequentially), Interleave when they run along p (A, Bᵀ: `width` stored rows are read
// side by side and interleaved). Zero padding lets the kernel always run a full MR × NR tile; padded rows
// and columns are never written back to C. Full 6-wide slivers (the AVX2 kernel's A) and 12-wide slivers (the AVX-512
// kernel's A) are interleaved 8 steps at a time through 8 × 8 (and 4 × 8) register transposes (Interleave6,
// Interleave12) instead of one scalar store per value.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dendrite.Kernels;

/// <summary>Packing of op(A) and op(B) blocks into micro-kernel slivers.</summary>
internal static unsafe partial class Sgemm
{
    /// <summary>Packs op(A)[i0 .. i0+mc, p0 .. p0+kc] into MR-high slivers at dst (a is m × k, or k × m when transA).</summary>
    internal static void PackA(float* dst, float* a, bool transA, int m, int k, int i0, int mc, int p0, int kc, int mr)
    {
        int slivers = CeilDiv(mc, mr);
        if (transA)
        {
            SplitRows(dst, a + ((nint)p0 * m) + i0, m, kc, mc, mr, 0, slivers, byRow: false);
        }
        else
        {
            Interleave(dst, a + ((nint)i0 * k) + p0, k, kc, mc, mr, 0, slivers);
        }
    }

    /// <summary>Packs slivers [s0, s1) of op(B)[p0 .. p0+kc, j0 .. j0+nc] at dst (b is k × n, or n × k when transB).</summary>
    internal static void PackB(float* dst, float* b, bool transB, int n, int k, int j0, int nc, int p0, int kc, int nr, int s0, int s1)
    {
        if (transB)
        {
            Interleave(dst, b + ((nint)j0 * k) + p0, k, kc, nc, nr, s0, s1);
        }
        else
        {
            SplitRows(dst, b + ((nint)p0 * n) + j0, n, kc, nc, nr, s0, s1, byRow: s1 - s0 >= ByRowSlivers);
        }
    }

    /// <summary>Slivers of B packed at once from which <see cref="SplitRows"/> walks the stored rows rather than the slivers.</summary>
    /// <remarks>
    /// Zen 3, paired in-process (speed ratio row by row / sliver by sliver, median of 20–30 pairs, wins): PackB alone on a
    /// 196 × 256 panel 1.67 × (30/30), 256 × 1024 1.22 ×, 256 × 4096 1.19 ×, 256 × 128 1.21 ×. In whole products: one thread
    /// packing all 16 slivers, 512 × 784 · 784 × 256 1.065 and 1.074 × (17/20, 18/20), n = 1024 1.031 ×; Predict at batch 1024
    /// 1.038 and 1.006 × (24/30, 16/30). Column-split groups of 2 slivers (mnist forward 128 × 784 · 784 × 256) were 0.964–0.981 ×
    /// and of 8 (wide forward) 0.969–1.006 ×, so the small ranges of a column split keep the sliver walk.
    /// </remarks>
    internal const int ByRowSlivers = 16;

    /// <summary>Slivers [s0, s1) of width w from kc stored rows (stride ld) of `lanes` values each: sliver s, step p = src[p·ld + s·w ..].</summary>
    /// <remarks>
    /// <paramref name="byRow"/>: stored row by stored row, each row's part read once, front to back, its w-wide pieces going to
    /// the slivers (one write stream per sliver); else sliver by sliver, a strided walk down each sliver's columns.
    /// </remarks>
    private static void SplitRows(float* dst, float* src, int ld, int kc, int lanes, int w, int s0, int s1, bool byRow)
    {
        int full = Math.Max(s0, Math.Min(s1, lanes / w));
        nint sliver = (nint)kc * w;
        if (byRow)
        {
            for (int p = 0; p < kc; p++)
            {
                float* row = src + ((nint)p * ld) + (s0 * w);
                float* d = dst + (s0 * sliver) + ((nint)p * w);
                for (int s = s0; s < full; s++, row += w, d += sliver)
                {
                    Copy(row, d, w);
                }
            }
        }
        else
        {
            for (int s = s0; s < full; s++)
            {
                float* d = dst + (s * sliver);
                float* row = src + (s * w);
                for (int p = 0; p < kc; p++, row += ld, d += w)
                {
                    Copy(row, d, w);
                }
            }
        }

        // The last, partial sliver (fewer than w values left in each row): zero-padded.
        for (int s = full; s < s1; s++)
        {
            float* d = dst + (s * sliver);
            int j = s * w, cols = Math.Min(w, lanes - j);
            for (int p = 0; p < kc; p++, d += w)
            {
                float* row = src + ((nint)p * ld);
                for (int q = 0; q < w; q++)
                {
                    d[q] = q < cols ? row[j + q] : 0f;
                }
            }
        }
    }

    /// <summary>Slivers [s0, s1) of width w from `lanes` stored rows (stride ld) of kc values each: sliver s, step p, lane r = src[(s·w + r)·ld + p].</summary>
    private static void Interleave(float* dst, float* src, int ld, int kc, int lanes, int w, int s0, int s1)
    {
        for (int s = s0; s < s1; s++)
        {
            float* d = dst + ((nint)s * kc * w);
            int l0 = s * w, rows = Math.Min(w, lanes - l0);
            if (w == 6 && rows == 6 && Avx.IsSupported)
            {
                Interleave6(d, src + ((nint)l0 * ld), ld, kc, spillAllowed: s < s1 - 1);
                continue;
            }

            if (w == 12 && rows == 12 && Avx.IsSupported)
            {
                Interleave12(d, src + ((nint)l0 * ld), ld, kc);
                continue;
            }

            if (w % 8 == 0 && rows == w && Avx.IsSupported)
            {
                InterleaveBy8(d, src + ((nint)l0 * ld), ld, kc, w);
                continue;
            }

            for (int r = 0; r < rows; r++)
            {
                float* lane = src + ((nint)(l0 + r) * ld);
                float* dr = d + r;
                for (int p = 0; p < kc; p++)
                {
                    dr[(nint)p * w] = lane[p];
                }
            }

            for (int r = rows; r < w; r++)
            {
                for (int p = 0; p < kc; p++)
                {
                    d[((nint)p * w) + r] = 0f;
                }
            }
        }
    }

    /// <summary>One full sliver of width w, a multiple of 8 (the B of the AVX2 and AVX-512 kernels when B is transposed):
    /// w stored rows × kc, as w / 8 groups of 8 rows, 8 steps at a time through an 8 × 8 transpose.</summary>
    private static void InterleaveBy8(float* d, float* src, int ld, int kc, int w)
    {
        int full = kc & ~7;
        for (int g = 0; g < w; g += 8)
        {
            float* rows = src + ((nint)g * ld);
            for (int p = 0; p < full; p += 8)
            {
                Transpose8x8(rows + p, ld, d + ((nint)p * w) + g, w);
            }

            for (int p = full; p < kc; p++)
            {
                float* o = d + ((nint)p * w) + g;
                for (int r = 0; r < 8; r++)
                {
                    o[r] = rows[((nint)r * ld) + p];
                }
            }
        }
    }

    /// <summary>Stores the transpose of the 8 × 8 block at s (rows ld apart) as 8 vectors at o, stride apart: o[i·stride + r] = s[r·ld + i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose8x8(float* s, int ld, float* o, int stride)
    {
        nint l = ld;
        Vector256<float> t0 = Avx.UnpackLow(Avx.LoadVector256(s), Avx.LoadVector256(s + l));
        Vector256<float> t1 = Avx.UnpackHigh(Avx.LoadVector256(s), Avx.LoadVector256(s + l));
        Vector256<float> t2 = Avx.UnpackLow(Avx.LoadVector256(s + (2 * l)), Avx.LoadVector256(s + (3 * l)));
        Vector256<float> t3 = Avx.UnpackHigh(Avx.LoadVector256(s + (2 * l)), Avx.LoadVector256(s + (3 * l)));
        Vector256<float> t4 = Avx.UnpackLow(Avx.LoadVector256(s + (4 * l)), Avx.LoadVector256(s + (5 * l)));
        Vector256<float> t5 = Avx.UnpackHigh(Avx.LoadVector256(s + (4 * l)), Avx.LoadVector256(s + (5 * l)));
        Vector256<float> t6 = Avx.UnpackLow(Avx.LoadVector256(s + (6 * l)), Avx.LoadVector256(s + (7 * l)));
        Vector256<float> t7 = Avx.UnpackHigh(Avx.LoadVector256(s + (6 * l)), Avx.LoadVector256(s + (7 * l)));

        // u*: in each 128-bit lane, 4 rows at one step (lane 0: steps 0–3, lane 1: steps 4–7).
        Vector256<float> u0 = Avx.Shuffle(t0, t2, 0x44), u1 = Avx.Shuffle(t0, t2, 0xEE), u2 = Avx.Shuffle(t1, t3, 0x44), u3 = Avx.Shuffle(t1, t3, 0xEE);
        Vector256<float> u4 = Avx.Shuffle(t4, t6, 0x44), u5 = Avx.Shuffle(t4, t6, 0xEE), u6 = Avx.Shuffle(t5, t7, 0x44), u7 = Avx.Shuffle(t5, t7, 0xEE);
        nint st = stride;
        Avx.Store(o, Avx.Permute2x128(u0, u4, 0x20));
        Avx.Store(o + st, Avx.Permute2x128(u1, u5, 0x20));
        Avx.Store(o + (2 * st), Avx.Permute2x128(u2, u6, 0x20));
        Avx.Store(o + (3 * st), Avx.Permute2x128(u3, u7, 0x20));
        Avx.Store(o + (4 * st), Avx.Permute2x128(u0, u4, 0x31));
        Avx.Store(o + (5 * st), Avx.Permute2x128(u1, u5, 0x31));
        Avx.Store(o + (6 * st), Avx.Permute2x128(u2, u6, 0x31));
        Avx.Store(o + (7 * st), Avx.Permute2x128(u3, u7, 0x31));
    }

    /// <summary>One full 6-wide sliver (the AVX2 kernel's A): 6 stored rows × kc, 8 steps at a time through an 8 × 8 transpose.</summary>
    /// <remarks>
    /// Rows 6 and 7 of the transpose are zero; each step's 8-float store writes its 6 values and 2 zeros that the next
    /// step's store overwrites, so the last store of the sliver spills 2 floats past it: allowed only when the next
    /// sliver follows (it is written afterwards); otherwise the last 8 steps go through the scalar loop.
    /// </remarks>
    private static void Interleave6(float* d, float* src, int ld, int kc, bool spillAllowed)
    {
        float* r0 = src, r1 = src + ld, r2 = src + (2 * (nint)ld), r3 = src + (3 * (nint)ld), r4 = src + (4 * (nint)ld), r5 = src + (5 * (nint)ld);
        int p = 0;
        for (; p + 8 < kc || (spillAllowed && p + 8 == kc); p += 8)
        {
            Vector256<float> t0 = Avx.UnpackLow(Avx.LoadVector256(r0 + p), Avx.LoadVector256(r1 + p));
            Vector256<float> t1 = Avx.UnpackHigh(Avx.LoadVector256(r0 + p), Avx.LoadVector256(r1 + p));
            Vector256<float> t2 = Avx.UnpackLow(Avx.LoadVector256(r2 + p), Avx.LoadVector256(r3 + p));
            Vector256<float> t3 = Avx.UnpackHigh(Avx.LoadVector256(r2 + p), Avx.LoadVector256(r3 + p));
            Vector256<float> t4 = Avx.UnpackLow(Avx.LoadVector256(r4 + p), Avx.LoadVector256(r5 + p));
            Vector256<float> t5 = Avx.UnpackHigh(Avx.LoadVector256(r4 + p), Avx.LoadVector256(r5 + p));
            Vector256<float> z = Vector256<float>.Zero;
            Vector256<float> u0 = Avx.Shuffle(t0, t2, 0x44), u1 = Avx.Shuffle(t0, t2, 0xEE), u2 = Avx.Shuffle(t1, t3, 0x44), u3 = Avx.Shuffle(t1, t3, 0xEE);
            Vector256<float> u4 = Avx.Shuffle(t4, z, 0x44), u5 = Avx.Shuffle(t4, z, 0xEE), u6 = Avx.Shuffle(t5, z, 0x44), u7 = Avx.Shuffle(t5, z, 0xEE);
            float* o = d + ((nint)p * 6);
            Avx.Store(o, Avx.Permute2x128(u0, u4, 0x20));
            Avx.Store(o + 6, Avx.Permute2x128(u1, u5, 0x20));
            Avx.Store(o + 12, Avx.Permute2x128(u2, u6, 0x20));
            Avx.Store(o + 18, Avx.Permute2x128(u3, u7, 0x20));
            Avx.Store(o + 24, Avx.Permute2x128(u0, u4, 0x31));
            Avx.Store(o + 30, Avx.Permute2x128(u1, u5, 0x31));
            Avx.Store(o + 36, Avx.Permute2x128(u2, u6, 0x31));
            Avx.Store(o + 42, Avx.Permute2x128(u3, u7, 0x31));
        }

        for (; p < kc; p++)
        {
            float* o = d + ((nint)p * 6);
            o[0] = r0[p];
            o[1] = r1[p];
            o[2] = r2[p];
            o[3] = r3[p];
            o[4] = r4[p];
            o[5] = r5[p];
        }
    }

    /// <summary>One full 12-wide sliver (the AVX-512 kernel's A): 12 stored rows × kc, 8 steps at a time through an 8 × 8 transpose of rows 0–7 and a 4 × 8 transpose of rows 8–11.</summary>
    private static void Interleave12(float* d, float* src, int ld, int kc)
    {
        nint l = ld;
        int p = 0;
        for (; p + 8 <= kc; p += 8)
        {
            float* s8 = src + (8 * l) + p;
            float* o = d + ((nint)p * 12);
            Transpose8x8(src + p, ld, o, 12);

            // Rows 8–11: v* hold, in each 128-bit lane, the 4 rows at one step (lane 0: steps 0–3, lane 1: steps 4–7).
            Vector256<float> t8 = Avx.UnpackLow(Avx.LoadVector256(s8), Avx.LoadVector256(s8 + l));
            Vector256<float> t9 = Avx.UnpackHigh(Avx.LoadVector256(s8), Avx.LoadVector256(s8 + l));
            Vector256<float> t10 = Avx.UnpackLow(Avx.LoadVector256(s8 + (2 * l)), Avx.LoadVector256(s8 + (3 * l)));
            Vector256<float> t11 = Avx.UnpackHigh(Avx.LoadVector256(s8 + (2 * l)), Avx.LoadVector256(s8 + (3 * l)));
            Vector256<float> v0 = Avx.Shuffle(t8, t10, 0x44), v1 = Avx.Shuffle(t8, t10, 0xEE), v2 = Avx.Shuffle(t9, t11, 0x44), v3 = Avx.Shuffle(t9, t11, 0xEE);
            Sse.Store(o + 8, v0.GetLower());
            Sse.Store(o + 20, v1.GetLower());
            Sse.Store(o + 32, v2.GetLower());
            Sse.Store(o + 44, v3.GetLower());
            Sse.Store(o + 56, v0.GetUpper());
            Sse.Store(o + 68, v1.GetUpper());
            Sse.Store(o + 80, v2.GetUpper());
            Sse.Store(o + 92, v3.GetUpper());
        }

        for (; p < kc; p++)
        {
            float* o = d + ((nint)p * 12);
            for (int r = 0; r < 12; r++)
            {
                o[r] = src[((nint)r * ld) + p];
            }
        }
    }

    /// <summary>Copies count ≥ 4 floats (one sliver step: 4, 6, 8, 12, 16 or 32) from src to dst with the widest accelerated
    /// vectors; a count that is not a multiple of 4 (the AVX2 kernel's 6-row A slivers of a transposed A) ends with a 4-wide
    /// copy that overlaps the one before, so no value is copied one at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(float* src, float* dst, int count)
    {
        int q = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; q + 8 <= count; q += 8)
            {
                Vector256.Store(Vector256.Load(src + q), dst + q);
            }
        }

        for (; q + 4 <= count; q += 4)
        {
            Vector128.Store(Vector128.Load(src + q), dst + q);
        }

        if (q < count)
        {
            Vector128.Store(Vector128.Load(src + count - 4), dst + count - 4);
        }
    }
}
