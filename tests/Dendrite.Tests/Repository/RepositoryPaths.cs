namespace Dendrite.Tests.Repository;

/// <summary>Locates the repository from the test binaries.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Dendrite.slnx, found by walking up from the test output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>src/Dendrite.</summary>
    public static string LibrarySource => Path.Combine(Root, "src", "Dendrite");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dendrite.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Dendrite.slnx above {AppContext.BaseDirectory}.");
    }
}
