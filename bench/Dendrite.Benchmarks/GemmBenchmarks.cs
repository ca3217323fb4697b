// GemmBenchmarks: float32 GEMM throughput, square n = 64 … 2048 and the MLP workloads' GEMMs, at 1 and 2
// threads (Engine.Threads). The GFLOP/s column is 2·m·n·k / mean time.
using BenchmarkDotNet.Attributes;
using Dendrite.Tensors;

namespace Dendrite.Benchmarks;

/// <summary>Square float32 GEMM, C = A · B.</summary>
[Config(typeof(GemmConfig))]
public class SquareGemmBenchmarks
{
    private GemmShape _shape = null!;

    [Params(64, 128, 256, 512, 1024, 2048)]
    public int N { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _shape = new GemmShape($"{N}", N, N, N);
        Engine.Threads = Threads;
    }

    [Benchmark]
    public void Gemm() => _shape.Run();
}

/// <summary>The GEMMs of the tabular, mnist-mlp and wide training steps.</summary>
[Config(typeof(GemmConfig))]
public class MlpGemmBenchmarks
{
    private GemmShape _shape = null!;

    [Params("tabular-fwd-32x16x30", "mnist-fwd-128x256x784", "mnist-dW-784x256x128-At", "mnist-dX-128x784x256-Bt",
        "wide-fwd-256x1024x784", "wide-fwd-256x1024x1024", "wide-dW-1024x1024x256-At", "wide-dX-256x1024x1024-Bt")]
    public string Shape { get; set; } = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _shape = GemmShape.Mlp(Shape);
        Engine.Threads = Threads;
    }

    [Benchmark]
    public void Gemm() => _shape.Run();
}
