// A fact that needs the four Fashion-MNIST files: in ../shared/datasets/fashion-mnist beside the repository (as on
// the workplace and in CI) or already in the loader's default cache ($XDG_CACHE_HOME or ~/.cache, then
// dendrite/fashion-mnist). Without them it is skipped with the reason, rather than downloading 30 MB in a test run.
namespace Dendrite.Tests.Repository;

/// <summary>A fact skipped, with the reason, when the Fashion-MNIST files are neither in the shared folder nor in the cache.</summary>
public sealed class FashionMnistFactAttribute : FactAttribute
{
    private static readonly string[] s_files = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>Creates the attribute.</summary>
    public FashionMnistFactAttribute()
    {
        string shared = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "datasets", "fashion-mnist"));
        string cacheRoot = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        string cache = Path.Combine(cacheRoot, "dendrite", "fashion-mnist");
        if (!HasAll(shared) && !HasAll(cache))
        {
            Skip = $"The Fashion-MNIST files are neither in {shared} nor in {cache}; run an example once with network access to fill the cache.";
        }
    }

    private static bool HasAll(string folder) => s_files.All(name => File.Exists(Path.Combine(folder, name)));
}
