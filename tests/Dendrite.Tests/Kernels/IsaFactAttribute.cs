using System.Runtime.Intrinsics.X86;

namespace Dendrite.Tests.Kernels;

/// <summary>An instruction set a kernel needs.</summary>
public enum Isa
{
    /// <summary>Runs everywhere (Vector128 in hardware or software).</summary>
    Portable,

    /// <summary>AVX2 and FMA3.</summary>
    Avx2Fma,
}

/// <summary>A fact that is skipped, with the reason, when this CPU (or DOTNET_Enable* settings) lacks the kernel's instruction set.</summary>
public sealed class IsaFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute for a kernel that needs <paramref name="isa"/> (no default).</summary>
    public IsaFactAttribute(Isa isa) => Skip = IsaSkip.Reason(isa);
}

/// <summary>A theory that is skipped, with the reason, when this CPU (or DOTNET_Enable* settings) lacks the kernel's instruction set.</summary>
public sealed class IsaTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute for a kernel that needs <paramref name="isa"/> (no default).</summary>
    public IsaTheoryAttribute(Isa isa) => Skip = IsaSkip.Reason(isa);
}

/// <summary>Why a test of an instruction set is skipped here, or null when it runs.</summary>
internal static class IsaSkip
{
    /// <summary>The skip reason for <paramref name="isa"/> on this machine; null when the instruction set is there.</summary>
    public static string? Reason(Isa isa)
    {
        bool supported = isa switch
        {
            Isa.Avx2Fma => Avx2.IsSupported && Fma.IsSupported,
            _ => true,
        };
        return supported ? null : $"{isa} is not available on this CPU or is disabled (DOTNET_Enable* settings); the kernel cannot run here.";
    }
}
