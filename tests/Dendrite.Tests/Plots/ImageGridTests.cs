// ImageGrid: the written PNG has the size its fixed layout promises, and known cells hold the expected grays in the
// expected places (row 0 on top, an image's pixel (0, 0) at its cell's top-left), as matplotlib's imshow(cmap="gray",
// vmin=0, vmax=1) would draw them: gray = round(255 · v).
using Dendrite.Plots;
using Dendrite.Tensors;
using SkiaSharp;

namespace Dendrite.Tests.Plots;

public class ImageGridTests
{
    // Row 0: three 2 × 2 images, white top-left pixel, the rest black. Row 1: grays 0.6, 0.6, 0.2 (153, 153, 51).
    private static readonly Tensor s_originals = new(new float[,,]
    {
        { { 1, 0 }, { 0, 0 } }, { { 1, 0 }, { 0, 0 } }, { { 1, 0 }, { 0, 0 } },
    });

    private static readonly Tensor s_reconstructions = new(new float[,,,]
    {
        { { { 0.6f }, { 0.6f } }, { { 0.6f }, { 0.6f } } },
        { { { 0.6f }, { 0.6f } }, { { 0.6f }, { 0.6f } } },
        { { { 0.2f }, { 0.2f } }, { { 0.2f }, { 0.2f } } },
    });

    [Fact]
    public void Save_DrawsEachImageInItsCellAtTheExpectedGray()
    {
        using var files = new ImageFiles();
        string path = ImageGrid.Save([s_originals, s_reconstructions], ["original", "reconstructed"], files.PathOf("grid.png"), title: "Originals and reconstructions", cellSize: 40);

        // Label column: max(60, 24 + 9 · len("reconstructed") = 141) = 141; grid 3 · 40 + 2 · 4 = 128 wide,
        // 2 · 40 + 4 = 84 high; title strip 56, margins 12: 141 + 128 + 12 = 281 by 56 + 84 + 12 = 152.
        Assert.Equal((281, 152), ImageFiles.PngSize(path));
        using SKBitmap png = SKBitmap.Decode(path);
        Assert.Equal(Gray(51), png.GetPixel(141 + (2 * 44) + 20, 56 + 44 + 20)); // row 1, column 2: 0.2 → 51
        Assert.Equal(Gray(153), png.GetPixel(141 + 20, 56 + 44 + 20));          // row 1, column 0: 0.6 → 153
        Assert.Equal(Gray(255), png.GetPixel(141 + 44 + 5, 56 + 5));            // row 0, column 1, top-left source pixel: white
        Assert.Equal(Gray(0), png.GetPixel(141 + 44 + 35, 56 + 35));            // … its bottom-right source pixel: black
        Assert.Equal(Gray(255), png.GetPixel(141 + 41, 56 + 30));               // the gap between columns 0 and 1: background
    }

    [Fact]
    public void Save_RejectsRowsThatDoNotMatch()
    {
        using var files = new ImageFiles();
        var labels = Assert.Throws<ArgumentException>(() => ImageGrid.Save([s_originals, s_reconstructions], ["original"], files.PathOf("a.png")));
        Assert.StartsWith("ImageGrid expects one label per row, 2, received 1.", labels.Message);

        Tensor two = new(new float[,,] { { { 1, 0 }, { 0, 0 } }, { { 1, 0 }, { 0, 0 } } });
        var shapes = Assert.Throws<ArgumentException>(() => ImageGrid.Save([s_originals, two], ["a", "b"], files.PathOf("b.png")));
        Assert.StartsWith("ImageGrid expects every row of the same shape; row 0 holds 3 images of 2 × 2, row 1 has shape (2, 2, 2).", shapes.Message);

        var flat = Assert.Throws<ArgumentException>(() => ImageGrid.Save([new Tensor(new float[,] { { 0, 1, 0, 1 } })], ["flat"], files.PathOf("c.png")));
        Assert.StartsWith("ImageGrid expects each row as (count, height, width) or (count, height, width, 1) grayscale images; row 0 has shape (1, 4).", flat.Message);

        var nan = Assert.Throws<ArgumentException>(() => ImageGrid.Save([new Tensor(new float[,,] { { { 0, float.NaN } } })], ["nan"], files.PathOf("d.png")));
        Assert.StartsWith("ImageGrid needs finite pixel values; row 0 has a non-finite value at flat index 1.", nan.Message);
        Assert.Empty(Directory.GetFiles(files.Folder));
    }

    private static SKColor Gray(byte g) => new(g, g, g);
}
