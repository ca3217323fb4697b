namespace Dendrite.Data.Loaders;

/// <summary>Where <see cref="FashionMnist.Load"/> downloads from, how it checks the files and the layout of the images.</summary>
public sealed class FashionMnistOptions
{
    /// <summary>The SHA-256 of the four files' unpacked contents (shared/datasets/README.md; the same for Zalando's and Debian's .gz files, whose gzip headers differ).</summary>
    public static IReadOnlyDictionary<string, string> OfficialSha256 { get; } = new Dictionary<string, string>
    {
        ["train-images-idx3-ubyte.gz"] = "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
        ["train-labels-idx1-ubyte.gz"] = "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
        ["t10k-images-idx3-ubyte.gz"] = "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
        ["t10k-labels-idx1-ubyte.gz"] = "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
    };

    /// <summary>The folder URL the four <c>.gz</c> files are downloaded from; default Keras's <c>https://storage.googleapis.com/tensorflow/tf-keras-datasets/</c>.</summary>
    public Uri BaseUri { get; init; } = new("https://storage.googleapis.com/tensorflow/tf-keras-datasets/");

    /// <summary>Expected SHA-256 (hex) of each downloaded file's unpacked content, by file name; default <see cref="OfficialSha256"/>; a file absent here is not checked.</summary>
    public IReadOnlyDictionary<string, string> Sha256 { get; init; } = OfficialSha256;

    /// <summary>Whether missing files may be downloaded; default true (false: a missing file is an error).</summary>
    public bool Download { get; init; } = true;

    /// <summary>The HTTP client to download with; default null (a new one per load).</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>Whether images are (n, 784) instead of (n, 28, 28); default false.</summary>
    public bool Flatten { get; init; }

    /// <summary>Whether pixels are divided by 255 into [0, 1]; default true.</summary>
    public bool Normalize { get; init; } = true;
}
