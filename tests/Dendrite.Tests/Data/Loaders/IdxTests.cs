using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using Dendrite.Data.Loaders;
using Dendrite.Tensors;

namespace Dendrite.Tests.Data.Loaders;

public class IdxTests
{
    /// <summary>An IDX file: magic 00 00 08 (rank), big-endian sizes, bytes.</summary>
    internal static byte[] IdxBytes(int[] dims, byte[] data)
    {
        var bytes = new byte[4 + (4 * dims.Length) + data.Length];
        bytes[2] = 0x08;
        bytes[3] = (byte)dims.Length;
        for (int d = 0; d < dims.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + (4 * d)), dims[d]);
        }

        data.CopyTo(bytes, 4 + (4 * dims.Length));
        return bytes;
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>n images of 28 × 28 where image i has every pixel i·10 + (pixel index mod 7), and labels i mod 10.</summary>
    internal static (byte[] Images, byte[] Labels) Small(int n)
    {
        byte[] pixels = [.. Enumerable.Range(0, n * 784).Select(k => (byte)(((k / 784) * 10) + (k % 7)))];
        return (IdxBytes([n, 28, 28], pixels), IdxBytes([n], [.. Enumerable.Range(0, n).Select(i => (byte)(i % 10))]));
    }

    [Fact]
    public void Reads_images_scaled_or_raw_flat_or_square_and_labels()
    {
        using var dir = new TempCsv("", "unused");
        (byte[] images, byte[] labels) = Small(3);
        string ip = Path.Combine(dir.Directory, "i.gz"), lp = Path.Combine(dir.Directory, "l.gz");
        File.WriteAllBytes(ip, Gzip(images));
        File.WriteAllBytes(lp, Gzip(labels));

        Tensor square = Idx.ReadImages(ip);
        Tensor flat = Idx.ReadImages(ip, flatten: true, normalize: false);

        Assert.Equal(new Shape(3, 28, 28), square.Shape);
        Assert.Equal(new Shape(3, 784), flat.Shape);
        Assert.Equal(20f + (785 % 7), flat[2, 1]); // image 2, pixel 1: k = 2·784 + 1
        Assert.Equal((20f + (785 % 7)) / 255f, square[2, 0, 1]);
        Assert.Equal([0, 1, 2], Idx.ReadLabels(lp));
    }

    [Fact]
    public void Corrupt_truncated_and_mismatched_files_are_clear_errors()
    {
        using var dir = new TempCsv("", "unused");
        (byte[] images, byte[] labels) = Small(2);
        string notGzip = Path.Combine(dir.Directory, "a.gz"), truncated = Path.Combine(dir.Directory, "b.gz"), labelsAsImages = Path.Combine(dir.Directory, "c.gz");
        File.WriteAllBytes(notGzip, images);
        File.WriteAllBytes(truncated, Gzip(images[..1000]));
        File.WriteAllBytes(labelsAsImages, Gzip(labels));

        Assert.StartsWith($"'{notGzip}': not a valid gzip file", Assert.Throws<InvalidDataException>(() => Idx.ReadImages(notGzip)).Message);
        Assert.Equal($"'{truncated}': truncated; the header gives sizes (2, 28, 28) = 1568 bytes of data, the file holds 984.",
            Assert.Throws<InvalidDataException>(() => Idx.ReadImages(truncated)).Message);
        Assert.Equal($"'{labelsAsImages}': expected the IDX magic number 00 00 08 03 (images), received 00000801.",
            Assert.Throws<InvalidDataException>(() => Idx.ReadImages(labelsAsImages)).Message);
    }

    [Fact]
    public void Loads_the_shared_fashion_mnist_when_present()
    {
        // shared/datasets/README.md: 60,000 + 10,000 images of 28 × 28; the first training and test labels are 9 (Ankle boot).
        string? shared = BundledPaths.SharedFashionMnist();
        if (shared is null)
        {
            return;
        }

        ImageDataset d = FashionMnist.Load(shared, new FashionMnistOptions { Download = false, Flatten = true });

        Assert.Equal((new Shape(60000, 784), 60000, new Shape(10000, 784), 10000), (d.TrainImages.Shape, d.TrainLabels.Length, d.TestImages.Shape, d.TestLabels.Length));
        Assert.Equal((9, 9, "Ankle boot"), (d.TrainLabels[0], d.TestLabels[0], d.ClassNames[9]));
        Assert.All(Enumerable.Range(0, 10), c => Assert.Equal(6000, d.TrainLabels.Count(l => l == c)));
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
