// ChartFile: writes ScottPlot plots, laid out as a grid of equal panels (row by row), to one PNG or SVG file.
// The format follows the extension, .png or .svg (case-insensitive). The image is rendered into a temporary file
// beside the target (<name>.<random>.tmp) and then renamed over it, so a reader never sees a half-written image and
// a crash leaves at most a stray .tmp file, never a truncated plot (as the model file is written, DESIGN.md).
// PNG: one SkiaSharp raster surface, white background, encoded losslessly. SVG: SkiaSharp's SKSvgCanvas, the
// canvas ScottPlot's own SaveSvg draws on, so text stays text.
using ScottPlot;
using SkiaSharp;

namespace Dendrite.Plots;

/// <summary>Renders plots into a PNG or SVG file atomically (temporary file, then rename).</summary>
internal static class ChartFile
{
    /// <summary>Writes one plot of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static string Save(Plot plot, string path, int width, int height, string owner) =>
        Save([plot], path, columns: 1, width, height, owner);

    /// <summary>Writes the panels in a grid of <paramref name="columns"/> columns, each panel the given size.</summary>
    public static string Save(IReadOnlyList<Plot> panels, string path, int columns, int panelWidth, int panelHeight, string owner)
    {
        string fullPath = CheckPath(path, owner);
        PlotArguments.RequireSize(panelWidth, panelHeight, owner);
        int rows = (panels.Count + columns - 1) / columns;
        int width = columns * panelWidth, height = rows * panelHeight;
        string? folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        string temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (FileStream stream = File.Create(temporary))
            {
                if (IsSvg(fullPath))
                {
                    using SKCanvas canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream);
                    Draw(canvas, panels, columns, panelWidth, panelHeight);
                }
                else
                {
                    using SKSurface surface = SKSurface.Create(new SKImageInfo(width, height));
                    Draw(surface.Canvas, panels, columns, panelWidth, panelHeight);
                    using SKImage image = surface.Snapshot();
                    using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
                    png.SaveTo(stream);
                }
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return fullPath;
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<Plot> panels, int columns, int panelWidth, int panelHeight)
    {
        canvas.Clear(SKColors.White);
        for (int i = 0; i < panels.Count; i++)
        {
            float left = i % columns * panelWidth, top = i / columns * panelHeight;
            // A plot clears its background: clip it to its own panel so it leaves the others alone.
            canvas.Save();
            canvas.ClipRect(new SKRect(left, top, left + panelWidth, top + panelHeight));
            panels[i].Render(canvas, new PixelRect(left, left + panelWidth, top + panelHeight, top));
            canvas.Restore();
        }
    }

    private static bool IsSvg(string path) => path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);

    private static string CheckPath(string path, string owner)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !IsSvg(path))
        {
            throw new ArgumentException($"{owner} writes a .png or .svg file; received the path '{path}'.", nameof(path));
        }

        return Path.GetFullPath(path);
    }
}
