// ImageFiles: checks that a written plot is a real image — a PNG's 8-byte signature and its IHDR chunk's width and
// height (PNG spec §5.2, §11.2.2: big-endian after the chunk length and type), or an SVG document whose root
// element is <svg> — and gives each test a temporary folder that is deleted afterwards.
using System.Buffers.Binary;
using System.Xml.Linq;

namespace Dendrite.Tests.Plots;

internal sealed class ImageFiles : IDisposable
{
    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public string Folder { get; } = Directory.CreateTempSubdirectory("dendrite-plots-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public static (int Width, int Height) PngSize(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, $"{path} is only {bytes.Length} bytes.");
        Assert.Equal(s_pngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    public static XElement SvgRoot(string path)
    {
        XElement root = XDocument.Load(path).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        return root;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
