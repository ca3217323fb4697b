// Dendrite side by side with ../shared/peers: the peers' workloads, method, options and JSON-lines schema.
// Usage (normally through bench/run.sh, which builds in Release):
//   dotnet bench/Dendrite.Bench/bin/Release/net10.0/Dendrite.Bench.dll [--threads N] [--reps 7]
//     [--only gemm,train,infer] [--configs tabular,mnist-mlp,wide] [--sizes 128,...,2048]
//     [--rep-seconds 1.0] [--max-wait 120] [--json out.jsonl] [--label dendrite] [--train-api fit,onbatch]
//   --only peak (Dendrite only, not in the default set): the fp32 FMA peak from managed code (FmaPeak.cs).
using System.Reflection;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Dendrite.Bench;
using Dendrite.Tensors;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"Dendrite.Bench: {e.Message}");
    return 2;
}

Engine.Threads = options.Threads;
Assembly lib = typeof(Engine).Assembly;
string version = "Dendrite " + (lib.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? lib.GetName().Version?.ToString());
var output = new JsonLines(options, version);
Console.Error.WriteLine($"# {version}; Engine.Threads={Engine.Threads}; .NET {Environment.Version}; processors {Environment.ProcessorCount}");
output.Record(new Dictionary<string, object>
{
    ["bench"] = "env",
    ["dotnet"] = Environment.Version.ToString(),
    ["engine_threads"] = Engine.Threads,
    ["processor_count"] = Environment.ProcessorCount,
    ["vector512"] = Vector512.IsHardwareAccelerated,
    ["avx512f"] = Avx512F.IsSupported,
    ["avx2"] = Avx2.IsSupported,
    ["fma"] = Fma.IsSupported,
    ["server_gc"] = System.Runtime.GCSettings.IsServerGC,
    // The GC settings the Dendrite package gives the apps that use it (src/Dendrite/buildTransitive/Dendrite.targets); the
    // DOTNET_GCRegionSize / DOTNET_GCLOHThreshold environment variables override them and are recorded as such.
    ["gc_region_size"] = Environment.GetEnvironmentVariable("DOTNET_GCRegionSize") is { } regionEnv ? "env 0x" + regionEnv : AppContext.GetData("System.GC.RegionSize")?.ToString() ?? "default",
    ["gc_loh_threshold"] = Environment.GetEnvironmentVariable("DOTNET_GCLOHThreshold") is { } lohEnv ? "env 0x" + lohEnv : AppContext.GetData("System.GC.LOHThreshold")?.ToString() ?? "default",
});

if (options.Only.Contains("peak"))
{
    FmaPeak.Run(options, output);
}

var benchmarks = new Benchmarks(options, output);
if (options.Only.Contains("gemm"))
{
    benchmarks.Gemm();
}

if (options.Only.Contains("train"))
{
    foreach (string config in options.Configs)
    {
        benchmarks.Train(config);
    }
}

if (options.Only.Contains("infer"))
{
    benchmarks.Infer();
}

return 0;
