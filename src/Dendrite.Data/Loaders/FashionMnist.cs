// Fashion-MNIST (Xiao, Rasul & Vollgraf 2017, arXiv:1708.07747; MIT, © 2017 Zalando SE): 60,000 training and
// 10,000 test images of 28 × 28 grey pixels in 10 classes, as four gzipped IDX files. Like Keras's
// fashion_mnist.load_data, files already in the cache folder are used and missing ones downloaded; unlike it the
// images come as float32 tensors, divided by 255 unless Normalize is off.
namespace Dendrite.Data.Loaders;

/// <summary>Loads Fashion-MNIST from a cache folder, downloading missing files.</summary>
public static class FashionMnist
{
    /// <summary>The class names, by label: 0 T-shirt/top … 9 Ankle boot.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>The four file names, as Zalando and Keras publish them.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>Loads the official training and test parts from <paramref name="cacheDirectory"/>, downloading files it lacks.</summary>
    /// <param name="cacheDirectory">The folder holding (or to receive) the four <c>.gz</c> files; created if absent.</param>
    /// <param name="options">Download source, checksums, HTTP client and image layout; default <c>new FashionMnistOptions()</c>.</param>
    /// <returns>The images (28 × 28, or 784 when flattened) and labels 0…9 of both parts.</returns>
    /// <exception cref="FileNotFoundException">A file is missing and <see cref="FashionMnistOptions.Download"/> is off.</exception>
    /// <exception cref="IOException">A download failed or ended early (nothing is left in the cache).</exception>
    /// <exception cref="InvalidDataException">A file is corrupt, truncated, of the wrong kind, or fails its checksum.</exception>
    public static ImageDataset Load(string cacheDirectory, FashionMnistOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        options ??= new FashionMnistOptions();
        Directory.CreateDirectory(cacheDirectory);
        string[] paths = [.. FileNames.Select(name => Path.Combine(cacheDirectory, name))];
        HttpClient? owned = null;
        try
        {
            for (int i = 0; i < paths.Length; i++)
            {
                if (File.Exists(paths[i]))
                {
                    continue;
                }

                if (!options.Download)
                {
                    throw new FileNotFoundException($"Fashion-MNIST file {FileNames[i]} is not in '{cacheDirectory}' and downloading is off.", paths[i]);
                }

                HttpClient client = options.HttpClient ?? (owned ??= new HttpClient());
                options.Sha256.TryGetValue(FileNames[i], out string? sha256);
                FileDownload.Fetch(client, new Uri(options.BaseUri, FileNames[i]), paths[i], sha256);
            }
        }
        finally
        {
            owned?.Dispose();
        }

        var train = (Images: Idx.ReadImages(paths[0], options.Flatten, options.Normalize), Labels: Idx.ReadLabels(paths[1]));
        var test = (Images: Idx.ReadImages(paths[2], options.Flatten, options.Normalize), Labels: Idx.ReadLabels(paths[3]));
        Check(paths[0], train.Images.Shape[0], train.Labels.Length, options.Flatten ? train.Images.Shape[1] : train.Images.Shape[1] * train.Images.Shape[2]);
        Check(paths[2], test.Images.Shape[0], test.Labels.Length, options.Flatten ? test.Images.Shape[1] : test.Images.Shape[1] * test.Images.Shape[2]);
        return new ImageDataset(train.Images, train.Labels, test.Images, test.Labels, ClassNames);
    }

    private static void Check(string imagesPath, int images, int labels, int pixels)
    {
        if (images != labels || pixels != 28 * 28)
        {
            throw new InvalidDataException($"'{imagesPath}': expected 28 × 28 images, one per label; received {images} images of {pixels} pixels and {labels} labels.");
        }
    }
}
