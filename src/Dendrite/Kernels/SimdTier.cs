// SimdTier: which vector width a kernel driver may use. Drivers take the widest the hardware accelerates;
// tests pass any tier explicitly (Scalar to Vector512, which runs in software without AVX-512) to run
// every path on any machine, as Sep and ImageSharp do.
using System.Runtime.Intrinsics;

namespace Dendrite.Kernels;

/// <summary>The widest vector width a kernel may use.</summary>
internal enum SimdTier
{
    /// <summary>Scalar code only: the reference path.</summary>
    Scalar = 0,

    /// <summary>Up to 128-bit vectors (SSE / NEON).</summary>
    Vector128 = 128,

    /// <summary>Up to 256-bit vectors (AVX2).</summary>
    Vector256 = 256,

    /// <summary>Up to 512-bit vectors (AVX-512).</summary>
    Vector512 = 512,
}

/// <summary>The SIMD tier of this machine.</summary>
internal static class Simd
{
    /// <summary>The widest hardware-accelerated tier.</summary>
    public static SimdTier Best { get; } =
        Vector512.IsHardwareAccelerated ? SimdTier.Vector512 :
        Vector256.IsHardwareAccelerated ? SimdTier.Vector256 :
        Vector128.IsHardwareAccelerated ? SimdTier.Vector128 : SimdTier.Scalar;
}
