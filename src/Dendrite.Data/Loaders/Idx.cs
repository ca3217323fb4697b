// IDX files (the MNIST format, http://yann.lecun.com/exdb/mnist/), gzipped: big-endian; bytes 0-1 are zero,
// byte 2 the element type (0x08 = unsigned byte, the only one MNIST and Fashion-MNIST use), byte 3 the number
// of dimensions; then one 4-byte size per dimension; then the data, row-major. Images are 3-D (n, rows, cols),
// labels 1-D (n). Every size is checked against the bytes actually present, so a truncated or corrupt file is
// a clear error rather than a tensor of zeros.
using System.Buffers.Binary;
using System.IO.Compression;
using Dendrite.Tensors;

namespace Dendrite.Data.Loaders;

/// <summary>Reads gzipped IDX files: MNIST-style images and labels.</summary>
public static class Idx
{
    /// <summary>Reads an images file (magic <c>00 00 08 03</c>) into a float32 tensor.</summary>
    /// <param name="path">The <c>.gz</c> file.</param>
    /// <param name="flatten">Whether to return shape (n, rows·cols) instead of (n, rows, cols); default false.</param>
    /// <param name="normalize">Whether to divide pixels by 255 into [0, 1]; default true (false keeps 0…255).</param>
    /// <returns>The images.</returns>
    /// <exception cref="InvalidDataException">The file is not gzip, has the wrong magic number, or is shorter than its header says.</exception>
    public static Tensor ReadImages(string path, bool flatten = false, bool normalize = true)
    {
        (int[] dims, byte[] data) = Read(path, expectedDims: 3);
        float scale = normalize ? 1f / 255f : 1f;
        var pixels = new float[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            pixels[i] = data[i] * scale;
        }

        return new Tensor(pixels, flatten ? new Shape(dims[0], dims[1] * dims[2]) : new Shape(dims[0], dims[1], dims[2]));
    }

    /// <summary>Reads a labels file (magic <c>00 00 08 01</c>).</summary>
    /// <param name="path">The <c>.gz</c> file.</param>
    /// <returns>One label per item.</returns>
    /// <exception cref="InvalidDataException">The file is not gzip, has the wrong magic number, or is shorter than its header says.</exception>
    public static int[] ReadLabels(string path) => Array.ConvertAll(Read(path, expectedDims: 1).Data, b => (int)b);

    private static (int[] Dims, byte[] Data) Read(string path, int expectedDims)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            var header = new byte[4];
            if (gzip.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4 || header[0] != 0 || header[1] != 0 || header[2] != 0x08 || header[3] != expectedDims)
            {
                throw new InvalidDataException(
                    $"'{path}': expected the IDX magic number 00 00 08 0{expectedDims} ({(expectedDims == 3 ? "images" : "labels")}), received {Convert.ToHexString(header)}.");
            }

            var sizes = new byte[4 * expectedDims];
            if (gzip.ReadAtLeast(sizes, sizes.Length, throwOnEndOfStream: false) < sizes.Length)
            {
                throw new InvalidDataException($"'{path}': the IDX header ends early; expected {expectedDims} dimension sizes.");
            }

            int[] dims = [.. Enumerable.Range(0, expectedDims).Select(d => BinaryPrimitives.ReadInt32BigEndian(sizes.AsSpan(4 * d)))];
            long count = dims.Aggregate(1L, (a, d) => a * d);
            if (dims.Any(d => d < 0) || count > Array.MaxLength)
            {
                throw new InvalidDataException($"'{path}': the IDX header gives sizes ({string.Join(", ", dims)}); expected non-negative sizes of at most {Array.MaxLength} bytes in all.");
            }

            var data = new byte[count];
            int read = gzip.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
            if (read < data.Length)
            {
                throw new InvalidDataException($"'{path}': truncated; the header gives sizes ({string.Join(", ", dims)}) = {count} bytes of data, the file holds {read}.");
            }

            return (dims, data);
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith($"'{path}'", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{path}': not a valid gzip file ({e.Message}).", e);
        }
    }
}
