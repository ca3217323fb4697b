using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Tests.Kernels;

/// <summary>
/// Every float32 GEMM micro-kernel tier, called directly. The AVX-512 kernel is written with the cross-platform Vector512
/// operations, so it runs on every machine (in software where AVX-512 does not exist); the AVX2 kernel is skipped where AVX2 or
/// FMA is missing.
/// </summary>
public class SgemmKernelTests
{
    [Fact]
    public void Avx512Kernel12x32_OddSizes() => SgemmChecks.OddSizes<GemmAvx512Kernel12x32>();

    [Fact]
    public void Avx512Kernel12x32_LargeNonMultiples() => SgemmChecks.LargeNonMultiples<GemmAvx512Kernel12x32>();

    [Fact]
    public void Avx512Kernel12x32_ThreadCountsBitIdentical() => SgemmChecks.ThreadCountsBitIdentical<GemmAvx512Kernel12x32>();

    [Fact]
    public void Avx512Kernel12x32_MicroKernel() => SgemmChecks.MicroKernel<GemmAvx512Kernel12x32>();

    [IsaFact(Isa.Avx2Fma)]
    public void Avx2Kernel6x16_OddSizes() => SgemmChecks.OddSizes<GemmAvx2Kernel6x16>();

    [IsaFact(Isa.Avx2Fma)]
    public void Avx2Kernel6x16_LargeNonMultiples() => SgemmChecks.LargeNonMultiples<GemmAvx2Kernel6x16>();

    [IsaFact(Isa.Avx2Fma)]
    public void Avx2Kernel6x16_ThreadCountsBitIdentical() => SgemmChecks.ThreadCountsBitIdentical<GemmAvx2Kernel6x16>();

    [IsaFact(Isa.Avx2Fma)]
    public void Avx2Kernel6x16_MicroKernel() => SgemmChecks.MicroKernel<GemmAvx2Kernel6x16>();

    [IsaFact(Isa.Avx2Fma)]
    public void Avx2Kernel6x16_UnpackedRowsMatchPacked() => SgemmChecks.UnpackedRowsMatchPacked<GemmAvx2Kernel6x16>();

    [IsaFact(Isa.Portable)]
    public void Vector128Kernel4x8_OddSizes() => SgemmChecks.OddSizes<GemmVector128Kernel4x8>();

    [IsaFact(Isa.Portable)]
    public void Vector128Kernel4x8_LargeNonMultiples() => SgemmChecks.LargeNonMultiples<GemmVector128Kernel4x8>();

    [IsaFact(Isa.Portable)]
    public void Vector128Kernel4x8_ThreadCountsBitIdentical() => SgemmChecks.ThreadCountsBitIdentical<GemmVector128Kernel4x8>();

    [IsaFact(Isa.Portable)]
    public void Vector128Kernel4x8_MicroKernel() => SgemmChecks.MicroKernel<GemmVector128Kernel4x8>();

    [IsaFact(Isa.Avx2Fma)]
    public void Avx512AndAvx2Kernels_GiveTheSameBits()
    {
        // Both sum every element of a depth block from zero by fused multiply-adds in increasing p and add the block to C,
        // so where the machine picks one or the other the results do not change.
        foreach ((bool ta, bool tb, int m, int n, int k, bool accumulate) in new[]
        {
            (false, false, 37, 45, 29, false), (true, false, 131, 257, 97, true), (false, true, 70, 300, 513, false), (true, true, 300, 70, 600, true),
        })
        {
            var rng = new RandomGenerator(31);
            float[] a = KernelTestData.Uniform<float>(rng, m * k), b = KernelTestData.Uniform<float>(rng, k * n), start = KernelTestData.Uniform<float>(rng, m * n);
            float[] wide = (float[])start.Clone(), narrow = (float[])start.Clone();
            Sgemm.Multiply<GemmAvx512Kernel12x32>(ta, tb, m, n, k, a, b, wide, accumulate, threads: 2);
            Sgemm.Multiply<GemmAvx2Kernel6x16>(ta, tb, m, n, k, a, b, narrow, accumulate, threads: 2);
            Assert.True(wide.AsSpan().SequenceEqual(narrow), $"transA={ta} transB={tb} {m}×{n}×{k} accumulate={accumulate}: the kernels differ");
            Assert.NotEqual(start, wide); // the product was written
        }
    }

    [Fact]
    public void Blocking_SizesAreMultiplesOfTheTiles()
    {
        Assert.Equal(0, SgemmBlocking.MC(6) % 6);
        Assert.Equal(0, SgemmBlocking.MC(12) % 12);
        Assert.Equal(0, SgemmBlocking.NC() % 32);
        Assert.InRange(SgemmBlocking.MC(6), 24, 480);
        Assert.InRange(SgemmBlocking.NC(), 512, 4096);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(256, 256)]
    [InlineData(257, 129)]
    [InlineData(513, 171)]
    [InlineData(784, 196)]
    [InlineData(1024, 256)]
    public void DepthBlock_CutsKIntoEqualBlocksOfAtMostKC(int k, int expected)
    {
        int block = SgemmBlocking.DepthBlock(k);
        Assert.Equal(expected, block);
        Assert.InRange(block, 1, SgemmBlocking.KC);
        Assert.Equal((k + SgemmBlocking.KC - 1) / SgemmBlocking.KC, (k + block - 1) / block); // as few blocks as KC allows
    }

    [Fact]
    public void KernelName_IsTheWidestSupportedTier()
    {
        string expected = GemmAvx512Kernel12x32.IsSupported ? "GemmAvx512Kernel12x32" : GemmAvx2Kernel6x16.IsSupported ? "GemmAvx2Kernel6x16" : "GemmVector128Kernel4x8";
        Assert.Equal(expected, Sgemm.KernelName);
    }
}
