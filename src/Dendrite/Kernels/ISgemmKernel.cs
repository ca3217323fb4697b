// ISgemmKernel: the contract of a float32 GEMM micro-kernel (the innermost loop of the Goto/BLIS GEMM).
//   tile[r, j] = Σ_{p < kc} a[p·MR + r] · b[p·NR + j]      r < MR, j < NR, p in increasing order
//   c[r·ldc + j] = tile[r, j]            when add is false
//   c[r·ldc + j] = c[r·ldc + j] + tile   when add is true
// a is one packed MR-high row sliver of op(A) (kc columns of MR values), b one packed NR-wide column
// sliver of op(B) (kc rows of NR values), both zero-padded at the matrix edges and 64-byte aligned.
// The tile is summed from zero and added to C once, so full tiles written in place and edge tiles written
// through a scratch tile give bit-identical values. Implementations are static-abstract structs so the
// driver (Sgemm.Multiply<TKernel>) is specialised and the kernel call inlined per ISA; tests call each
// implementation directly on any machine where its ISA exists.
// A kernel may also read op(A) unpacked (ReadsRows, RunRows): the same tile, summed in the same order, from MR rows of
// a row-major A, which saves packing A where the rows stream well enough (see GemmAvx2Kernel6x16.RunRows).
namespace Dendrite.Kernels;

/// <summary>A register-tiled float32 GEMM micro-kernel over packed slivers.</summary>
internal interface ISgemmKernel
{
    /// <summary>Rows of the register tile (height of a packed A sliver).</summary>
    static abstract int MR { get; }

    /// <summary>Columns of the register tile (width of a packed B sliver).</summary>
    static abstract int NR { get; }

    /// <summary>Whether this machine runs the kernel's instructions in hardware.</summary>
    static abstract bool IsSupported { get; }

    /// <summary>c (MR × NR, row stride ldc) = [c +] Σ_p a-sliver[p] ⊗ b-sliver[p] over kc packed steps.</summary>
    static abstract unsafe void Run(int kc, float* a, float* b, float* c, nint ldc, bool add);

    /// <summary>Whether <see cref="RunRows"/> exists and pays on this kernel (the driver then skips packing an untransposed A).</summary>
    static virtual bool ReadsRows => false;

    /// <summary>The tile of <see cref="Run"/>, with A read from MR unpacked rows: tile[r, j] = Σ_{p &lt; kc} a[r·lda + p] · b[p·NR + j],
    /// summed in the same order, so the result has the same bits.</summary>
    static virtual unsafe void RunRows(int kc, float* a, nint lda, float* b, float* c, nint ldc, bool add) =>
        throw new NotSupportedException("This micro-kernel reads packed A slivers only.");
}
