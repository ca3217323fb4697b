// GemmShape: one GEMM problem of the benchmarks, C (m × n) = op(A) (m × k) · op(B) (k × n), with its
// operands allocated once; FLOP = 2·m·n·k.
using Dendrite.Tensors;

namespace Dendrite.Benchmarks;

/// <summary>A GEMM problem with its operands.</summary>
public sealed class GemmShape
{
    /// <summary>Creates the shape and fills A and B with uniform values in [-1, 1] from a fixed seed.</summary>
    public GemmShape(string name, int m, int n, int k, bool transA = false, bool transB = false)
    {
        (Name, M, N, K, TransA, TransB) = (name, m, n, k, transA, transB);
        var rng = new RandomGenerator(42);
        A = new float[m * k];
        B = new float[k * n];
        C = new float[m * n];
        for (int i = 0; i < A.Length; i++)
        {
            A[i] = (float)rng.Uniform(-1, 1);
        }

        for (int i = 0; i < B.Length; i++)
        {
            B[i] = (float)rng.Uniform(-1, 1);
        }
    }

    public string Name { get; }

    public int M { get; }

    public int N { get; }

    public int K { get; }

    public bool TransA { get; }

    public bool TransB { get; }

    public float[] A { get; }

    public float[] B { get; }

    public float[] C { get; }

    public double Flop => 2.0 * M * N * K;

    /// <summary>The MLP benchmarks' GEMMs (peers/README.md): forward, weight gradient (Aᵀ·dY), input gradient (dY·Bᵀ); and those of a
    /// 3 × 3 convolution from 32 to 64 channels on 28 × 28 images, batch 32, through im2col (patch 288).</summary>
    public static GemmShape Mlp(string name) => name switch
    {
        "tabular-fwd-32x16x30" => new(name, 32, 16, 30),
        "mnist-fwd-128x256x784" => new(name, 128, 256, 784),
        "mnist-dW-784x256x128-At" => new(name, 784, 256, 128, transA: true),
        "mnist-dX-128x784x256-Bt" => new(name, 128, 784, 256, transB: true),
        "wide-fwd-256x1024x784" => new(name, 256, 1024, 784),
        "wide-fwd-256x1024x1024" => new(name, 256, 1024, 1024),
        "wide-dW-1024x1024x256-At" => new(name, 1024, 1024, 256, transA: true),
        "wide-dX-256x1024x1024-Bt" => new(name, 256, 1024, 1024, transB: true),
        "mnist-infer-1x256x784" => new(name, 1, 256, 784),
        "mnist-infer-1x128x256" => new(name, 1, 128, 256),
        "mnist-infer-4x256x784" => new(name, 4, 256, 784),
        "wide-infer-4x1024x1024" => new(name, 4, 1024, 1024),
        "mnist-infer-1024x256x784" => new(name, 1024, 256, 784),
        "mnist-infer-1024x128x256" => new(name, 1024, 128, 256),
        "cnn-fwd-25088x64x288" => new(name, 25088, 64, 288),
        "cnn-dW-288x64x25088-At" => new(name, 288, 64, 25088, transA: true),
        "cnn-dX-25088x288x64-Bt" => new(name, 25088, 288, 64, transB: true),
        _ => throw new ArgumentException($"Unknown MLP GEMM shape '{name}'.", nameof(name)),
    };

    /// <summary>Runs the product once through the library's GEMM.</summary>
    public void Run() => Kernels.Gemm.Multiply<float>(TransA, TransB, M, N, K, A, B, C);

    public override string ToString() => Name;
}
