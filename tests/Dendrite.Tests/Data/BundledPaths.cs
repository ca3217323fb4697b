using Dendrite.Tests.Repository;

namespace Dendrite.Tests.Data;

/// <summary>Paths of the repository's bundled datasets and of the shared dataset folder beside the repository.</summary>
internal static class BundledPaths
{
    /// <summary>datasets/<paramref name="fileName"/> in the repository.</summary>
    public static string Dataset(string fileName) => Path.Combine(RepositoryPaths.Root, "datasets", fileName);

    /// <summary>../shared/datasets/fashion-mnist beside the repository, or null when that folder is absent.</summary>
    public static string? SharedFashionMnist()
    {
        for (var dir = new DirectoryInfo(RepositoryPaths.Root); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "shared", "datasets", "fashion-mnist");
            if (Directory.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
