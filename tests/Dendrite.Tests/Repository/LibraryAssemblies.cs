using System.Reflection;

namespace Dendrite.Tests.Repository;

/// <summary>The shipped assemblies under src/ whose public API is snapshotted and whose documentation is checked.</summary>
public static class LibraryAssemblies
{
    /// <summary>One name per line, so parallel branches that add an assembly merge cleanly.</summary>
    private static readonly string[] s_names =
    [
        "Dendrite",
        "Dendrite.Data",
        "Dendrite.TensorBoard",
        "Dendrite.Onnx",
        "Dendrite.Plots",
        "Dendrite.Cli",
    ];

    /// <summary>The names, as xunit theory data.</summary>
    public static TheoryData<string> Names => [.. s_names];

    /// <summary>Loads an assembly the test project references.</summary>
    public static Assembly Load(string name) => Assembly.Load(name);

    /// <summary>The snapshot file's stem: PublicApi for the core assembly, PublicApi.&lt;Name&gt; for the others.</summary>
    public static string SnapshotStem(string name) => name == "Dendrite" ? "PublicApi" : $"PublicApi.{name}";
}
