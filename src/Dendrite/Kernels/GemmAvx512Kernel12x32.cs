// GemmAvx512Kernel12x32: the AVX-512F float32 micro-kernel, 12 rows × 32 columns (2 zmm) of C in registers.
// Register budget (32 zmm): 24 accumulators + 2 B vectors + 1 broadcast A value = 27. Per packed step p it
// loads 2 B vectors, broadcasts 12 A values and issues 24 FMAs: 24 independent accumulators cover the FMA
// latency (4 cycles) × throughput (2 zmm FMAs per cycle on Skylake-SP .. Emerald Rapids), and one
// broadcast feeds two FMAs. This is the row-major image of the BLIS "skx" sgemm shape
// (bli_sgemm_skx_asm_32x12_l2: MR = 32, NR = 12 column-preferential, i.e. 12 × 32 for row-major C).
// The C tile's rows (12 rows, ldc apart: often 12 pages) are prefetched before the loop, so their cache and TLB
// misses overlap the ≈ 3,000 cycles of FMAs instead of stalling the stores at the end (≈ 15% of the kernel's
// time at n = 2048 on a Zen 5 core without it, by perf sampling).
// Each accumulator sums its products in increasing p from zero (see ISgemmKernel).
// Written with the cross-platform Vector512 operations, which the JIT compiles to the same AVX-512 instructions
// (vbroadcastss, vfmadd231ps zmm, vmovaps/vmovups zmm: checked in a Native AOT build for x86-64-v4) and which run in
// software elsewhere, as two 256-bit halves or lane by lane, with each lane still rounded once per fused multiply-add.
// Dispatch (Sgemm) only picks this kernel where IsSupported holds; the tests run it on every machine, so a
// machine without AVX-512 still checks its indexing, edges and summation order.
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Vec = System.Runtime.Intrinsics.Vector512<float>;

namespace Dendrite.Kernels;

/// <summary>AVX-512F float32 GEMM micro-kernel with a 12 × 32 register tile.</summary>
internal readonly struct GemmAvx512Kernel12x32 : ISgemmKernel
{
    /// <inheritdoc/>
    public static int MR => 12;

    /// <inheritdoc/>
    public static int NR => 32;

    /// <inheritdoc/>
    public static bool IsSupported => Avx512F.IsSupported;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Run(int kc, float* a, float* b, float* c, nint ldc, bool add)
    {
        Vec c00a = Vec.Zero, c00b = Vec.Zero, c01a = Vec.Zero, c01b = Vec.Zero, c02a = Vec.Zero, c02b = Vec.Zero;
        Vec c03a = Vec.Zero, c03b = Vec.Zero, c04a = Vec.Zero, c04b = Vec.Zero, c05a = Vec.Zero, c05b = Vec.Zero;
        Vec c06a = Vec.Zero, c06b = Vec.Zero, c07a = Vec.Zero, c07b = Vec.Zero, c08a = Vec.Zero, c08b = Vec.Zero;
        Vec c09a = Vec.Zero, c09b = Vec.Zero, c10a = Vec.Zero, c10b = Vec.Zero, c11a = Vec.Zero, c11b = Vec.Zero;
        for (int r = 0; r < 12; r++)
        {
            PrefetchRow(c + (r * ldc));
        }

        for (int p = 0; p < kc; p++)
        {
            Vec b0 = Vector512.LoadAligned(b);
            Vec b1 = Vector512.LoadAligned(b + 16);
            Vec av = Vector512.Create(a[0]);
            c00a = Vector512.FusedMultiplyAdd(av, b0, c00a);
            c00b = Vector512.FusedMultiplyAdd(av, b1, c00b);
            av = Vector512.Create(a[1]);
            c01a = Vector512.FusedMultiplyAdd(av, b0, c01a);
            c01b = Vector512.FusedMultiplyAdd(av, b1, c01b);
            av = Vector512.Create(a[2]);
            c02a = Vector512.FusedMultiplyAdd(av, b0, c02a);
            c02b = Vector512.FusedMultiplyAdd(av, b1, c02b);
            av = Vector512.Create(a[3]);
            c03a = Vector512.FusedMultiplyAdd(av, b0, c03a);
            c03b = Vector512.FusedMultiplyAdd(av, b1, c03b);
            av = Vector512.Create(a[4]);
            c04a = Vector512.FusedMultiplyAdd(av, b0, c04a);
            c04b = Vector512.FusedMultiplyAdd(av, b1, c04b);
            av = Vector512.Create(a[5]);
            c05a = Vector512.FusedMultiplyAdd(av, b0, c05a);
            c05b = Vector512.FusedMultiplyAdd(av, b1, c05b);
            av = Vector512.Create(a[6]);
            c06a = Vector512.FusedMultiplyAdd(av, b0, c06a);
            c06b = Vector512.FusedMultiplyAdd(av, b1, c06b);
            av = Vector512.Create(a[7]);
            c07a = Vector512.FusedMultiplyAdd(av, b0, c07a);
            c07b = Vector512.FusedMultiplyAdd(av, b1, c07b);
            av = Vector512.Create(a[8]);
            c08a = Vector512.FusedMultiplyAdd(av, b0, c08a);
            c08b = Vector512.FusedMultiplyAdd(av, b1, c08b);
            av = Vector512.Create(a[9]);
            c09a = Vector512.FusedMultiplyAdd(av, b0, c09a);
            c09b = Vector512.FusedMultiplyAdd(av, b1, c09b);
            av = Vector512.Create(a[10]);
            c10a = Vector512.FusedMultiplyAdd(av, b0, c10a);
            c10b = Vector512.FusedMultiplyAdd(av, b1, c10b);
            av = Vector512.Create(a[11]);
            c11a = Vector512.FusedMultiplyAdd(av, b0, c11a);
            c11b = Vector512.FusedMultiplyAdd(av, b1, c11b);
            a += 12;
            b += 32;
        }

        Store(c, c00a, c00b, add);
        Store(c + ldc, c01a, c01b, add);
        Store(c + (2 * ldc), c02a, c02b, add);
        Store(c + (3 * ldc), c03a, c03b, add);
        Store(c + (4 * ldc), c04a, c04b, add);
        Store(c + (5 * ldc), c05a, c05b, add);
        Store(c + (6 * ldc), c06a, c06b, add);
        Store(c + (7 * ldc), c07a, c07b, add);
        Store(c + (8 * ldc), c08a, c08b, add);
        Store(c + (9 * ldc), c09a, c09b, add);
        Store(c + (10 * ldc), c10a, c10b, add);
        Store(c + (11 * ldc), c11a, c11b, add);
    }

    /// <summary>Starts loading the cache lines of one 32-float row of C, which the kernel reads and writes only after its loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchRow(float* row)
    {
        if (!Sse.IsSupported)
        {
            return; // the software run of the tests (DOTNET_EnableHWIntrinsic=0)
        }

        Sse.Prefetch0(row);
        Sse.Prefetch0(row + 16);
        Sse.Prefetch0(row + 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Store(float* c, Vec v0, Vec v1, bool add)
    {
        if (add)
        {
            v0 = Vector512.Load(c) + v0;
            v1 = Vector512.Load(c + 16) + v1;
        }

        Vector512.Store(v0, c);
        Vector512.Store(v1, c + 16);
    }
}
