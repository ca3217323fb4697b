// GemmAvx2Kernel6x16: the AVX2 + FMA3 float32 micro-kernel, 6 rows × 16 columns (2 ymm) of C in registers.
// Register budget (16 ymm): 12 accumulators + 2 B vectors + 1 broadcast A value = 15. Per packed step p
// it loads 2 B vectors, broadcasts 6 A values from memory (vbroadcastss) and issues 12 FMAs; 12
// independent accumulators cover the FMA latency (4–5 cycles) × throughput (2 per cycle) of Zen and
// Haswell-class cores. This is the BLIS "haswell" sgemm shape (bli_sgemm_haswell_asm_6x16, row-preferential).
// The C tile's rows are prefetched before the loop, so their misses overlap the FMAs.
// Each accumulator sums its products in increasing p from zero (see ISgemmKernel).
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Vec = System.Runtime.Intrinsics.Vector256<float>;

namespace Dendrite.Kernels;

/// <summary>AVX2/FMA float32 GEMM micro-kernel with a 6 × 16 register tile.</summary>
internal readonly struct GemmAvx2Kernel6x16 : ISgemmKernel
{
    /// <inheritdoc/>
    public static int MR => 6;

    /// <inheritdoc/>
    public static int NR => 16;

    /// <inheritdoc/>
    public static bool IsSupported => Avx2.IsSupported && Fma.IsSupported;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Run(int kc, float* a, float* b, float* c, nint ldc, bool add)
    {
        Vec c00 = Vec.Zero, c01 = Vec.Zero, c10 = Vec.Zero, c11 = Vec.Zero, c20 = Vec.Zero, c21 = Vec.Zero;
        Vec c30 = Vec.Zero, c31 = Vec.Zero, c40 = Vec.Zero, c41 = Vec.Zero, c50 = Vec.Zero, c51 = Vec.Zero;
        for (int r = 0; r < 6; r++)
        {
            Sse.Prefetch0(c + (r * ldc));
            Sse.Prefetch0(c + (r * ldc) + 15);
        }

        // Four steps per iteration: the loop's pointer and counter updates, which share the dispatch slots with the loads and
        // FMAs, are paid once per 48 FMAs instead of once per 12 (measured below).
        int p = 0;
        for (; p + 4 <= kc; p += 4, a += 24, b += 64)
        {
            Step(a, b, 0, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            Step(a, b, 1, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            Step(a, b, 2, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            Step(a, b, 3, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
        }

        for (; p < kc; p++, a += 6, b += 16)
        {
            Step(a, b, 0, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
        }

        Store(c, c00, c01, add);
        Store(c + ldc, c10, c11, add);
        Store(c + (2 * ldc), c20, c21, add);
        Store(c + (3 * ldc), c30, c31, add);
        Store(c + (4 * ldc), c40, c41, add);
        Store(c + (5 * ldc), c50, c51, add);
    }

    /// <inheritdoc/>
    public static bool ReadsRows => true;

    /// <inheritdoc/>
    /// <remarks>
    /// Rows r = 0..5 are read at a0 + r·lda (a0 = a) and a3 + (r − 3)·lda (a3 = a + 3·lda), each broadcast from [base + index·scale]
    /// with the row stride in a register. Zen 3, 1 thread, mnist-mlp's first layer on half a batch (504 × 784 · 784 × 256),
    /// paired against the packed kernel on an A packed beforehand: packing A then running Run 1.054–1.073, RunRows (row
    /// slivers outer, B slivers of an L2-sized chunk inner) 1.017–1.025 — the packing of A saved, less ≈ 2% for reading
    /// six rows instead of one contiguous sliver. With the B slivers outer (A re-read from L2 for each) RunRows took 1.064–1.074.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void RunRows(int kc, float* a, nint lda, float* b, float* c, nint ldc, bool add)
    {
        Vec c00 = Vec.Zero, c01 = Vec.Zero, c10 = Vec.Zero, c11 = Vec.Zero, c20 = Vec.Zero, c21 = Vec.Zero;
        Vec c30 = Vec.Zero, c31 = Vec.Zero, c40 = Vec.Zero, c41 = Vec.Zero, c50 = Vec.Zero, c51 = Vec.Zero;
        for (int r = 0; r < 6; r++)
        {
            Sse.Prefetch0(c + (r * ldc));
            Sse.Prefetch0(c + (r * ldc) + 15);
        }

        byte* a0 = (byte*)a, a3 = (byte*)(a + (3 * lda));
        nint l = lda * sizeof(float);
        int p = 0;
        for (; p + 4 <= kc; p += 4, a0 += 16, a3 += 16, b += 64)
        {
            RowStep(a0, a3, l, b, 0, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            RowStep(a0, a3, l, b, 1, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            RowStep(a0, a3, l, b, 2, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
            RowStep(a0, a3, l, b, 3, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
        }

        for (; p < kc; p++, a0 += 4, a3 += 4, b += 16)
        {
            RowStep(a0, a3, l, b, 0, ref c00, ref c01, ref c10, ref c11, ref c20, ref c21, ref c30, ref c31, ref c40, ref c41, ref c50, ref c51);
        }

        Store(c, c00, c01, add);
        Store(c + ldc, c10, c11, add);
        Store(c + (2 * ldc), c20, c21, add);
        Store(c + (3 * ldc), c30, c31, add);
        Store(c + (4 * ldc), c40, c41, add);
        Store(c + (5 * ldc), c50, c51, add);
    }

    /// <summary>Packed step <paramref name="q"/> after a and b: c_r· += a[6q + r] · b[16q .. 16q + 16) for the 6 rows r.</summary>
    /// <remarks>q is a constant at every call, so the offsets fold into the loads' addresses.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Step(float* a, float* b, int q, ref Vec c00, ref Vec c01, ref Vec c10, ref Vec c11, ref Vec c20, ref Vec c21,
        ref Vec c30, ref Vec c31, ref Vec c40, ref Vec c41, ref Vec c50, ref Vec c51)
    {
        Vec b0 = Avx.LoadAlignedVector256(b + (16 * q));
        Vec b1 = Avx.LoadAlignedVector256(b + (16 * q) + 8);
        Vec av = Avx.BroadcastScalarToVector256(a + (6 * q));
        c00 = Fma.MultiplyAdd(av, b0, c00);
        c01 = Fma.MultiplyAdd(av, b1, c01);
        av = Avx.BroadcastScalarToVector256(a + (6 * q) + 1);
        c10 = Fma.MultiplyAdd(av, b0, c10);
        c11 = Fma.MultiplyAdd(av, b1, c11);
        av = Avx.BroadcastScalarToVector256(a + (6 * q) + 2);
        c20 = Fma.MultiplyAdd(av, b0, c20);
        c21 = Fma.MultiplyAdd(av, b1, c21);
        av = Avx.BroadcastScalarToVector256(a + (6 * q) + 3);
        c30 = Fma.MultiplyAdd(av, b0, c30);
        c31 = Fma.MultiplyAdd(av, b1, c31);
        av = Avx.BroadcastScalarToVector256(a + (6 * q) + 4);
        c40 = Fma.MultiplyAdd(av, b0, c40);
        c41 = Fma.MultiplyAdd(av, b1, c41);
        av = Avx.BroadcastScalarToVector256(a + (6 * q) + 5);
        c50 = Fma.MultiplyAdd(av, b0, c50);
        c51 = Fma.MultiplyAdd(av, b1, c51);
    }

    /// <summary>Step <paramref name="q"/> of <see cref="RunRows"/>: c_r· += A[r, q] · b[16q .. 16q + 16), rows 0–2 at a0 + r·l, 3–5 at a3 + (r − 3)·l (l in bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void RowStep(byte* a0, byte* a3, nint l, float* b, int q, ref Vec c00, ref Vec c01, ref Vec c10, ref Vec c11, ref Vec c20, ref Vec c21,
        ref Vec c30, ref Vec c31, ref Vec c40, ref Vec c41, ref Vec c50, ref Vec c51)
    {
        Vec b0 = Avx.LoadAlignedVector256(b + (16 * q));
        Vec b1 = Avx.LoadAlignedVector256(b + (16 * q) + 8);
        Vec av = Avx.BroadcastScalarToVector256((float*)(a0 + (4 * q)));
        c00 = Fma.MultiplyAdd(av, b0, c00);
        c01 = Fma.MultiplyAdd(av, b1, c01);
        av = Avx.BroadcastScalarToVector256((float*)(a0 + l + (4 * q)));
        c10 = Fma.MultiplyAdd(av, b0, c10);
        c11 = Fma.MultiplyAdd(av, b1, c11);
        av = Avx.BroadcastScalarToVector256((float*)(a0 + (2 * l) + (4 * q)));
        c20 = Fma.MultiplyAdd(av, b0, c20);
        c21 = Fma.MultiplyAdd(av, b1, c21);
        av = Avx.BroadcastScalarToVector256((float*)(a3 + (4 * q)));
        c30 = Fma.MultiplyAdd(av, b0, c30);
        c31 = Fma.MultiplyAdd(av, b1, c31);
        av = Avx.BroadcastScalarToVector256((float*)(a3 + l + (4 * q)));
        c40 = Fma.MultiplyAdd(av, b0, c40);
        c41 = Fma.MultiplyAdd(av, b1, c41);
        av = Avx.BroadcastScalarToVector256((float*)(a3 + (2 * l) + (4 * q)));
        c50 = Fma.MultiplyAdd(av, b0, c50);
        c51 = Fma.MultiplyAdd(av, b1, c51);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Store(float* c, Vec v0, Vec v1, bool add)
    {
        if (add)
        {
            v0 = Avx.Add(Avx.LoadVector256(c), v0);
            v1 = Avx.Add(Avx.LoadVector256(c + 8), v1);
        }

        Avx.Store(c, v0);
        Avx.Store(c + 8, v1);
    }
}
