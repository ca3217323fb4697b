// ImageGrid: rows of grayscale images side by side, each row labelled on the left — the figure of Keras' autoencoder
// tutorial (keras.io "Building Autoencoders in Keras": originals on top, reconstructions below, drawn with
// matplotlib's imshow(cmap="gray")). Pixel values map as imshow's gray colormap with vmin 0 and vmax 1: 0 is black,
// 1 is white, values outside are clipped; gray = round(255 · v).
// The layout is fixed in pixels so that a reader (and a test) knows where every image lands: a title strip on top,
// the row labels in a column on the left as wide as the longest label needs, then the cells, `cellSize` pixels wide
// (height in the images' aspect ratio) with a 4-pixel white gap between them. Images are scaled by nearest neighbour
// (no smoothing), so each source pixel stays a sharp square.
using Dendrite.Tensors;
using ScottPlot;
using SkiaSharp;

namespace Dendrite.Plots;

/// <summary>Plots rows of grayscale images with a label per row, e.g. originals above a model's reconstructions.</summary>
public static class ImageGrid
{
    private const string Owner = nameof(ImageGrid);
    private const int Gap = 4, TitleHeight = 56, Margin = 12;

    /// <summary>Writes the rows of images, each row labelled, to a PNG or SVG file.</summary>
    /// <param name="rows">One tensor per row, each (count, height, width) or (count, height, width, 1), all of the same shape; values 0 (black) to 1 (white), clipped.</param>
    /// <param name="rowLabels">One label per row, drawn left of it, e.g. <c>original</c>.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="title">The figure's title; default <c>Images</c>.</param>
    /// <param name="cellSize">The width in pixels of each image cell, 8 to 1000; default 84 (3 screen pixels per pixel of a 28 × 28 image).</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">No rows, rows of different or unsupported shapes, a label count that differs from the row count, non-finite values, or a path that is not .png / .svg.</exception>
    public static string Save(IReadOnlyList<Tensor> rows, IReadOnlyList<string> rowLabels, string path, string title = "Images", int cellSize = 84)
    {
        (int count, int height, int width) = Check(rows, rowLabels, cellSize);
        Layout layout = Measure(rowLabels, rows.Count, count, height, width, cellSize);
        Plot plot = Charts.Create(title, "", "");
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < count; c++)
            {
                // Data units are pixels of the grid, y up from its bottom edge.
                double left = c * (layout.CellWidth + Gap), top = layout.GridHeight - (r * (layout.CellHeight + Gap));
                var cell = plot.Add.ImageRect(Gray(rows[r], c * height * width, height, width), new CoordinateRect(left, left + layout.CellWidth, top - layout.CellHeight, top));
                cell.AntiAlias = false;
            }
        }

        double[] centres = [.. Enumerable.Range(0, rows.Count).Select(r => layout.GridHeight - (r * (layout.CellHeight + Gap)) - (layout.CellHeight / 2.0))];
        plot.Axes.Left.SetTicks(centres, [.. rowLabels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Axes.Bottom.SetTicks([], []);
        plot.Axes.Frame(false);
        plot.HideGrid();
        plot.Axes.SetLimits(0, layout.GridWidth, 0, layout.GridHeight);
        plot.Layout.Fixed(new PixelPadding(layout.Left, Margin, Margin, TitleHeight));
        return ChartFile.Save(plot, path, layout.Left + layout.GridWidth + Margin, TitleHeight + layout.GridHeight + Margin, Owner);
    }

    /// <summary>Where the cells go: the label column's width, each cell's size and the grid's size, in pixels.</summary>
    internal readonly record struct Layout(int Left, int CellWidth, int CellHeight, int Columns, int Rows)
    {
        public int GridWidth => (Columns * CellWidth) + ((Columns - 1) * Gap);

        public int GridHeight => (Rows * CellHeight) + ((Rows - 1) * Gap);

        /// <summary>The top-left pixel of cell (row, column) in the written image.</summary>
        public (int Left, int Top) CellOrigin(int row, int column) => (Left + (column * (CellWidth + Gap)), TitleHeight + (row * (CellHeight + Gap)));
    }

    /// <summary>The layout <see cref="Save"/> uses for these labels and images (a label takes about 9 pixels a character).</summary>
    internal static Layout Measure(IReadOnlyList<string> rowLabels, int rows, int count, int height, int width, int cellSize) =>
        new(Math.Max(60, 24 + (9 * rowLabels.Max(l => l.Length))), cellSize, Math.Max(1, (int)Math.Round((double)cellSize * height / width)), count, rows);

    private static Image Gray(Tensor images, int offset, int height, int width)
    {
        var bitmap = new SKBitmap(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                byte g = (byte)Math.Round(255 * Math.Clamp(images.GetFlat(offset + (y * width) + x), 0, 1));
                bitmap.SetPixel(x, y, new SKColor(g, g, g));
            }
        }

        return new Image(bitmap);
    }

    private static (int Count, int Height, int Width) Check(IReadOnlyList<Tensor> rows, IReadOnlyList<string> rowLabels, int cellSize)
    {
        PlotArguments.RequireNonEmpty(rows, nameof(rows), Owner);
        ArgumentNullException.ThrowIfNull(rowLabels);
        if (rowLabels.Count != rows.Count)
        {
            throw new ArgumentException($"{Owner} expects one label per row, {rows.Count}, received {rowLabels.Count}.", nameof(rowLabels));
        }

        if (cellSize is < 8 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(cellSize), cellSize, $"{Owner} expects a cell size from 8 to 1000 pixels, received {cellSize}.");
        }

        Shape first = ImageShape(rows[0], 0);
        for (int r = 0; r < rows.Count; r++)
        {
            ArgumentNullException.ThrowIfNull(rowLabels[r], nameof(rowLabels));
            if (ImageShape(rows[r], r) != first)
            {
                throw new ArgumentException($"{Owner} expects every row of the same shape; row 0 holds {first[0]} images of {first[1]} × {first[2]}, row {r} has shape {rows[r].Shape}.", nameof(rows));
            }

            if (!rows[r].AllFinite())
            {
                throw new ArgumentException($"{Owner} needs finite pixel values; row {r} has a non-finite value at flat index {rows[r].IndexOfNonFinite()}.", nameof(rows));
            }
        }

        return (first[0], first[1], first[2]);
    }

    private static Shape ImageShape(Tensor images, int row)
    {
        ArgumentNullException.ThrowIfNull(images);
        Shape s = images.Shape;
        bool ok = (s.Rank == 3 || (s.Rank == 4 && s[3] == 1)) && s[0] >= 1 && s[1] >= 1 && s[2] >= 1;
        return ok ? new Shape(s[0], s[1], s[2])
            : throw new ArgumentException($"{Owner} expects each row as (count, height, width) or (count, height, width, 1) grayscale images; row {row} has shape {s}.", "rows");
    }
}
