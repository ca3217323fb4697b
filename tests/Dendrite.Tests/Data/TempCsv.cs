// A CSV text written to a unique temporary file for one test, deleted on Dispose.
namespace Dendrite.Tests.Data;

/// <summary>A temporary file holding a CSV text.</summary>
internal sealed class TempCsv : IDisposable
{
    public TempCsv(string text, string name = "data.csv")
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dendrite-csv-").FullName;
        Path = System.IO.Path.Combine(Directory, name);
        File.WriteAllText(Path, text);
    }

    public string Directory { get; }

    public string Path { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
