// GemmVector128Kernel4x8: the portable float32 micro-kernel, 4 rows × 8 columns (2 × Vector128) of C in
// registers, for every machine without AVX2+FMA (ARM64 NEON, older x64, DOTNET_EnableHWIntrinsic=0 where
// Vector128 runs in software). Register budget: 8 accumulators + 2 B vectors + 1 broadcast = 11, within
// the 16 xmm of SSE and the 32 v-registers of NEON. Vector128.MultiplyAddEstimate is one fused
// multiply-add where the hardware has it (NEON, FMA3) and a multiply then an add elsewhere; each
// accumulator sums its products in increasing p from zero (see ISgemmKernel).
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Vec = System.Runtime.Intrinsics.Vector128<float>;

namespace Dendrite.Kernels;

/// <summary>Portable Vector128 float32 GEMM micro-kernel with a 4 × 8 register tile.</summary>
internal readonly struct GemmVector128Kernel4x8 : ISgemmKernel
{
    /// <inheritdoc/>
    public static int MR => 4;

    /// <inheritdoc/>
    public static int NR => 8;

    /// <inheritdoc/>
    public static bool IsSupported => true;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Run(int kc, float* a, float* b, float* c, nint ldc, bool add)
    {
        Vec c00 = Vec.Zero, c01 = Vec.Zero, c10 = Vec.Zero, c11 = Vec.Zero;
        Vec c20 = Vec.Zero, c21 = Vec.Zero, c30 = Vec.Zero, c31 = Vec.Zero;
        for (int p = 0; p < kc; p++)
        {
            Vec b0 = Vector128.Load(b);
            Vec b1 = Vector128.Load(b + 4);
            Vec av = Vector128.Create(a[0]);
            c00 = Vector128.MultiplyAddEstimate(av, b0, c00);
            c01 = Vector128.MultiplyAddEstimate(av, b1, c01);
            av = Vector128.Create(a[1]);
            c10 = Vector128.MultiplyAddEstimate(av, b0, c10);
            c11 = Vector128.MultiplyAddEstimate(av, b1, c11);
            av = Vector128.Create(a[2]);
            c20 = Vector128.MultiplyAddEstimate(av, b0, c20);
            c21 = Vector128.MultiplyAddEstimate(av, b1, c21);
            av = Vector128.Create(a[3]);
            c30 = Vector128.MultiplyAddEstimate(av, b0, c30);
            c31 = Vector128.MultiplyAddEstimate(av, b1, c31);
            a += 4;
            b += 8;
        }

        Store(c, c00, c01, add);
        Store(c + ldc, c10, c11, add);
        Store(c + (2 * ldc), c20, c21, add);
        Store(c + (3 * ldc), c30, c31, add);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Store(float* c, Vec v0, Vec v1, bool add)
    {
        if (add)
        {
            v0 = Vector128.Load(c) + v0;
            v1 = Vector128.Load(c + 4) + v1;
        }

        v0.Store(c);
        v1.Store(c + 4);
    }
}
