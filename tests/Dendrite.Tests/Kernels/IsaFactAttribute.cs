using System.Runtime.Intrinsics.X86;

namespace Dendrite.Tests.Kernels;

/// <summary>An instruction set a kernel needs.</summary>
public enum Isa
{
    /// <summary>Runs everywhere (Vector128 in hardware or software).</summary>
    Portable,

    /// <summary>AVX2 and FMA3.</summary>
    Avx2Fma,

    /// <summary>AVX-512 Foundation.</summary>
    Avx512F,
}

/// <summary>A fact that is skipped, with the reason, when this CPU (or DOTNET_Enable* settings) lacks the kernel's instruction set.</summary>
public sealed class IsaFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute for a kernel that needs <paramref name="isa"/> (no default).</summary>
    public IsaFactAttribute(Isa isa)
    {
        bool supported = isa switch
        {
            Isa.Avx512F => Avx512F.IsSupported,
            Isa.Avx2Fma => Avx2.IsSupported && Fma.IsSupported,
            _ => true,
        };
        if (!supported)
        {
            Skip = $"{isa} is not available on this CPU or is disabled (DOTNET_Enable* settings); the kernel cannot run here.";
        }
    }
}
