// ScatterByClass: a PNG of the requested size whose legend shows each present class in its Category10 colour
// (opaque legend markers: the exact colour appears in the image; the points themselves are blended with white).
using Dendrite.Plots;
using Dendrite.Tensors;
using ScottPlot;
using SkiaSharp;

namespace Dendrite.Tests.Plots;

public class ScatterByClassTests
{
    // Three clusters of four points, one per class.
    private static readonly Tensor s_points = new(new float[,]
    {
        { 0, 0 }, { 0.2f, 0.1f }, { 0.1f, 0.3f }, { -0.1f, 0.2f },
        { 3, 0 }, { 3.2f, 0.1f }, { 2.9f, -0.2f }, { 3.1f, 0.3f },
        { 1.5f, 2 }, { 1.4f, 2.2f }, { 1.6f, 1.9f }, { 1.5f, 2.1f },
    });

    private static readonly Tensor s_labels = Tensor.FromLabels([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);

    [Fact]
    public void Save_WritesAPngWithALegendColourPerClass()
    {
        using var files = new ImageFiles();
        string path = ScatterByClass.Save(s_points, s_labels, files.PathOf("codes.png"), title: "2-D codes", classNames: ["T-shirt/top", "Trouser", "Pullover"], width: 640, height: 480);
        Assert.Equal((640, 480), ImageFiles.PngSize(path));

        using SKBitmap png = SKBitmap.Decode(path);
        var colours = new HashSet<SKColor>(png.Pixels);
        for (int c = 0; c < 3; c++)
        {
            Color expected = Charts.Series(c);
            Assert.Contains(new SKColor(expected.R, expected.G, expected.B), colours);
        }

        Color fourth = Charts.Series(3); // no class 3: its colour is nowhere
        Assert.DoesNotContain(new SKColor(fourth.R, fourth.G, fourth.B), colours);
    }

    [Fact]
    public void Save_RejectsPointsAndLabelsThatDoNotMatch()
    {
        using var files = new ImageFiles();
        var shape = Assert.Throws<ArgumentException>(() => ScatterByClass.Save(new Tensor(new float[,] { { 1, 2, 3 } }), Tensor.FromLabels([0]), files.PathOf("a.png")));
        Assert.StartsWith("ScatterByClass needs points with 2 coordinates, shape (n, 2) with n ≥ 1; received (1, 3).", shape.Message);

        var count = Assert.Throws<ArgumentException>(() => ScatterByClass.Save(s_points, Tensor.FromLabels([0, 1]), files.PathOf("b.png")));
        Assert.StartsWith("ScatterByClass expects 12 labels, shape (12,) or (12, 1), one per point; received shape (2,).", count.Message);

        var names = Assert.Throws<ArgumentException>(() => ScatterByClass.Save(s_points, s_labels, files.PathOf("c.png"), classNames: ["a", "b"]));
        Assert.StartsWith("ScatterByClass expects a name for every class 0…2, received 2 names.", names.Message);

        var fraction = Assert.Throws<ArgumentException>(() => ScatterByClass.Save(new Tensor(new float[,] { { 0, 0 } }), new Tensor([0.5f]), files.PathOf("d.png")));
        Assert.StartsWith("ScatterByClass expects class labels 0, 1, … (at most 1000), received 0.5 at row 0.", fraction.Message);
        Assert.Empty(Directory.GetFiles(files.Folder));
    }
}
