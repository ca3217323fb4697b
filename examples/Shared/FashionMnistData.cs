// FashionMnistData: Fashion-MNIST for the examples, through Dendrite.Data's IDX loader. The files are taken from
// the workplace copy `../shared/datasets/fashion-mnist` beside the repository when it is there (found by walking up
// from the program's folder, so it works from `dotnet run`, the bin folder and the tests), else from the loader's
// cache folder under the user's cache directory ($XDG_CACHE_HOME or ~/.cache on Linux and macOS, LocalApplicationData
// on Windows, then dendrite/fashion-mnist), downloading what is missing. Pixels are divided by 255. Layouts: (n, 784)
// for an MLP, (n, 28, 28, 1) for a CNN, (n, 28, 28) for a recurrent network reading each image as 28 rows (steps) of
// 28 pixels (features).
using Dendrite.Data.Loaders;
using Dendrite.Tensors;

namespace Dendrite.Examples;

/// <summary>Fashion-MNIST tensors for the examples, with an optional limit for quick runs.</summary>
/// <param name="TrainImages">Training images, (n, 784) or (n, 28, 28, 1).</param>
/// <param name="TrainLabels">Training labels 0…9 as a float32 (n,) tensor.</param>
/// <param name="TestImages">Test images in the same layout.</param>
/// <param name="TestLabels">Test labels 0…9.</param>
/// <param name="Source">The folder the files were read from.</param>
public sealed record FashionMnistData(Tensor TrainImages, Tensor TrainLabels, Tensor TestImages, Tensor TestLabels, string Source)
{
    /// <summary>The workplace copy of the files, relative to the folder above the repository.</summary>
    public const string SharedFolder = "shared/datasets/fashion-mnist";

    /// <summary>Loads the images as sequences of shape (28, 28): 28 steps, one per image row, of 28 pixel features.</summary>
    /// <param name="trainLimit">Keep only the first this many training images; default null = all 60,000.</param>
    /// <param name="testLimit">Keep only the first this many test images; default null = all 10,000.</param>
    /// <returns>The tensors, images of shape (n, 28, 28), and the folder they came from.</returns>
    public static FashionMnistData LoadRows(int? trainLimit = null, int? testLimit = null)
    {
        FashionMnistData flat = Load(flatten: true, trainLimit, testLimit);
        return flat with { TrainImages = Rows(flat.TrainImages), TestImages = Rows(flat.TestImages) };

        static Tensor Rows(Tensor images) => new(images.ToArray(), new Shape(images.Shape[0], 28, 28));
    }

    /// <summary>Loads the images flattened to 784 features or as (28, 28, 1) images.</summary>
    /// <param name="flatten">True for (n, 784) (an MLP), false for (n, 28, 28, 1) (a CNN); no default.</param>
    /// <param name="trainLimit">Keep only the first this many training images; default null = all 60,000.</param>
    /// <param name="testLimit">Keep only the first this many test images; default null = all 10,000.</param>
    /// <returns>The tensors and the folder they came from.</returns>
    public static FashionMnistData Load(bool flatten, int? trainLimit = null, int? testLimit = null)
    {
        string? shared = FindShared();
        string folder = shared ?? DefaultCache();
        ImageDataset data = FashionMnist.Load(folder, new FashionMnistOptions { Flatten = true, Download = shared is null });
        return new FashionMnistData(
            Images(data.TrainImages, trainLimit, flatten), Labels(data.TrainLabels, trainLimit),
            Images(data.TestImages, testLimit, flatten), Labels(data.TestLabels, testLimit), folder);
    }

    /// <summary>The nearest <c>shared/datasets/fashion-mnist</c> above the program holding all four files, or null.</summary>
    /// <returns>The folder's path, or null.</returns>
    public static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, SharedFolder);
            if (FashionMnist.FileNames.All(name => File.Exists(Path.Combine(path, name))))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>The loader's default cache folder: the user's cache directory, then <c>dendrite/fashion-mnist</c>.</summary>
    /// <returns>The folder's path (it may not exist yet).</returns>
    public static string DefaultCache()
    {
        string root = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "dendrite", "fashion-mnist");
    }

    private static Tensor Images(Tensor flat, int? limit, bool flatten)
    {
        int n = Math.Min(flat.Shape[0], limit ?? int.MaxValue);
        float[] pixels = flat.AsSpan()[..(n * 784)].ToArray();
        return new Tensor(pixels, flatten ? new Shape(n, 784) : new Shape(n, 28, 28, 1));
    }

    private static Tensor Labels(int[] labels, int? limit)
    {
        int n = Math.Min(labels.Length, limit ?? int.MaxValue);
        return new Tensor([.. labels.Take(n).Select(l => (float)l)], new Shape(n));
    }
}
