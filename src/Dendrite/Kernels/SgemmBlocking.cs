// SgemmBlocking: the cache block sizes of the packed float32 GEMM (Goto & van de Geijn 2008, "Anatomy of
// high-performance matrix multiplication"; BLIS's five loops around the micro-kernel).
//   KC ≤ 256        depth of a packed panel (k is cut into ⌈k / 256⌉ equal blocks, see DepthBlock). A B sliver (KC × NR) then fills ≈ 16 KB (AVX2, NR = 16) or
//                   32 KB (AVX-512, NR = 32) and stays in the 32–48 KB L1d while the A slivers stream from
//                   L2; BLIS uses 256 for haswell and zen sgemm. KC is a constant, never derived from the
//                   thread count or the machine, so the summation order of every C element is fixed.
//   MC ≈ L2 / 2 / (KC · 4 bytes), a multiple of MR, clamped to [4·MR, 480]: the packed A block (MC × KC)
//                   takes about half of the per-core L2, leaving room for the B sliver and C lines.
//                   AMD EPYC (Zen, 512 KB L2) → 252 rows for 6 × 16; a 2 MB-L2 Xeon → 480.
//   NC ≈ L3 / 2 / (KC · 4 bytes), a multiple of 32, clamped to [512, 4096]: the packed B panel (KC × NC),
//                   shared by all threads, lives in the shared L3; 4096 columns = 4 MB at KC = 256.
//   rows chunk      where the kernel reads op(A) unpacked (Sgemm.MacroRows): B slivers per chunk filling ≈ L2 / 2, which stay in L2
//                   while every MR rows of the block run against them.
// Cache sizes are read once from Linux sysfs (/sys/devices/system/cpu/cpu0/cache/index*/{level,size}); where sysfs
// has no cache entries (some virtual machines: the Zen 5 EPYC VM here lists none), from CPUID on x86 (leaf 4 on
// Intel, leaf 0x80000006 on AMD); else L2 = 512 KB and L3 = 8 MB are assumed. MC and NC only change how work is
// blocked, not the arithmetic, so they may differ between machines and thread counts.
using System.Runtime.Intrinsics.X86;

namespace Dendrite.Kernels;

/// <summary>Cache block sizes of the packed float32 GEMM.</summary>
internal static class SgemmBlocking
{
    /// <summary>Largest depth of a packed panel (the K block).</summary>
    public const int KC = 256;

    /// <summary>The depth of every K block of a product of depth <paramref name="k"/> (the last may be shorter): ⌈k / ⌈k / KC⌉⌉.</summary>
    /// <remarks>
    /// The ⌈k / KC⌉ blocks are made equal instead of KC, KC, .., remainder: k = 784 runs as 4 × 196 rather than 3 × 256 + 16,
    /// whose 16-deep last block loads and stores all of C and packs A and B for 6% of the multiply-adds. It depends on k
    /// only, so the summation order is still the same for every thread count and every caller (SgemmRows included).
    /// </remarks>
    public static int DepthBlock(int k) => k <= KC ? k : (k + ((k + KC - 1) / KC) - 1) / ((k + KC - 1) / KC);

    private static readonly long s_l2Bytes = CacheBytes(2, 512 * 1024);
    private static readonly long s_l3Bytes = CacheBytes(3, 8 * 1024 * 1024);

    /// <summary>Rows of a packed A block for a kernel of height <paramref name="mr"/> (no default).</summary>
    public static int MC(int mr)
    {
        long rows = s_l2Bytes / 2 / (KC * sizeof(float));
        return (int)Math.Clamp(rows / mr * mr, 4 * mr, 480 / mr * mr);
    }

    /// <summary>Columns of the shared packed B panel (a multiple of every kernel's NR).</summary>
    public static int NC()
    {
        long cols = s_l3Bytes / 2 / (KC * sizeof(float));
        return (int)Math.Clamp(cols / 32 * 32, 512, 4096);
    }

    /// <summary>B slivers (kc × nr) per chunk of <see cref="Sgemm.MacroRows"/>: as many as fill half the L2, at least one.</summary>
    public static int RowsChunk(int kc, int nr) => (int)Math.Max(1, s_l2Bytes / 2 / Math.Max(1L, (long)kc * nr * sizeof(float)));

    /// <summary>The size in bytes of this machine's unified or data cache of a level, or the fallback.</summary>
    private static long CacheBytes(int level, long fallback)
    {
        try
        {
            for (int index = 0; index < 8; index++)
            {
                string dir = $"/sys/devices/system/cpu/cpu0/cache/index{index}";
                if (!Directory.Exists(dir))
                {
                    break;
                }

                string type = File.ReadAllText(Path.Combine(dir, "type")).Trim();
                if (type == "Instruction" || File.ReadAllText(Path.Combine(dir, "level")).Trim() != level.ToString(System.Globalization.CultureInfo.InvariantCulture))
                {
                    continue;
                }

                string size = File.ReadAllText(Path.Combine(dir, "size")).Trim();
                long scale = size.EndsWith('K') ? 1024 : size.EndsWith('M') ? 1024 * 1024 : 1;
                if (long.TryParse(size.TrimEnd('K', 'M'), out long value) && value > 0)
                {
                    return value * scale;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        long fromCpuid = CpuidCacheBytes(level);
        return fromCpuid > 0 ? fromCpuid : fallback;
    }

    /// <summary>The size in bytes of a data or unified cache level as CPUID reports it, or 0 when it does not.</summary>
    private static long CpuidCacheBytes(int level)
    {
        if (!X86Base.IsSupported)
        {
            return 0;
        }

        // Leaf 4 (deterministic cache parameters): one sub-leaf per cache; size = ways · partitions · line · sets.
        if (X86Base.CpuId(0, 0).Eax >= 4)
        {
            for (int sub = 0; sub < 16; sub++)
            {
                (int eax, int ebx, int ecx, _) = X86Base.CpuId(4, sub);
                int type = eax & 0x1F;
                if (type == 0)
                {
                    break;
                }

                if (type != 2 && ((eax >> 5) & 7) == level)
                {
                    return (((ebx >> 22) & 0x3FF) + 1L) * (((ebx >> 12) & 0x3FF) + 1L) * ((ebx & 0xFFF) + 1L) * ((uint)ecx + 1L);
                }
            }
        }

        // Leaf 0x80000006: L2 size in KB in ECX[31:16], L3 size in 512 KB units in EDX[31:18] (AMD; Intel reports L2 only).
        if ((uint)X86Base.CpuId(unchecked((int)0x80000000), 0).Eax >= 0x80000006)
        {
            (_, _, int ecx, int edx) = X86Base.CpuId(unchecked((int)0x80000006), 0);
            return level == 2 ? ((uint)ecx >> 16) * 1024L : level == 3 ? ((uint)edx >> 18) * 512L * 1024 : 0;
        }

        return 0;
    }
}
