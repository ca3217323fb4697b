// Charts: the common look of every Dendrite plot. A sans-serif font (DejaVu Sans where installed, as on Debian,
// else ScottPlot's sans-serif choice), a bold title, labelled axes and one colour palette (ScottPlot's Category10,
// matplotlib's default cycle) so "train" and "validation" keep their colours from plot to plot.
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Creates plots with the shared style.</summary>
internal static class Charts
{
    private static readonly Lazy<string> s_font = new(PickFont);

    /// <summary>The colour of series <paramref name="index"/> (Category10).</summary>
    public static Color Series(int index) => s_palette.GetColor(index);

    private static readonly ScottPlot.Palettes.Category10 s_palette = new();

    /// <summary>A new plot with the shared font, a title and axis labels.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(s_font.Value);
        plot.Title(title, size: 18);
        plot.XLabel(xLabel, size: 15);
        plot.YLabel(yLabel, size: 15);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Legend.FontSize = 12;
        return plot;
    }

    /// <summary>Shows the legend in the given corner with a light frame.</summary>
    public static void ShowLegend(Plot plot, Alignment corner)
    {
        plot.ShowLegend(corner);
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
    }

    /// <summary>The corner whose region holds the fewest points of the lines through <paramref name="series"/>: where a legend
    /// covers the least of the data.</summary>
    /// <remarks>
    /// Coordinates are scaled to the data's bounds; a corner's region is the outer 45 % of the width by the outer 30 % of the
    /// height (about a legend of two or three entries). Each segment is sampled at eight points, so a line that only passes
    /// through a corner counts too. Ties go to the first of upper right, lower right, upper left, lower left.
    /// </remarks>
    public static Alignment EmptiestCorner(IReadOnlyList<(double[] Xs, double[] Ys)> series)
    {
        const int Samples = 8;
        double x0 = double.PositiveInfinity, x1 = double.NegativeInfinity, y0 = double.PositiveInfinity, y1 = double.NegativeInfinity;
        foreach ((double[] xs, double[] ys) in series)
        {
            for (int i = 0; i < xs.Length; i++)
            {
                (x0, x1, y0, y1) = (Math.Min(x0, xs[i]), Math.Max(x1, xs[i]), Math.Min(y0, ys[i]), Math.Max(y1, ys[i]));
            }
        }

        Alignment[] corners = [Alignment.UpperRight, Alignment.LowerRight, Alignment.UpperLeft, Alignment.LowerLeft];
        int[] counts = new int[corners.Length];
        double width = x1 > x0 ? x1 - x0 : 1, height = y1 > y0 ? y1 - y0 : 1;
        foreach ((double[] xs, double[] ys) in series)
        {
            for (int i = 0; i < xs.Length; i++)
            {
                // The point itself, then (unless it is the last) seven more along the segment to the next one.
                int samples = i + 1 < xs.Length ? Samples : 1;
                for (int s = 0; s < samples; s++)
                {
                    double f = s / (double)Samples;
                    double x = s == 0 ? xs[i] : xs[i] + (f * (xs[i + 1] - xs[i])), y = s == 0 ? ys[i] : ys[i] + (f * (ys[i + 1] - ys[i]));
                    double u = (x - x0) / width, v = (y - y0) / height;
                    bool right = u >= 0.55, left = u <= 0.45, top = v >= 0.7, bottom = v <= 0.3;
                    counts[0] += right && top ? 1 : 0;
                    counts[1] += right && bottom ? 1 : 0;
                    counts[2] += left && top ? 1 : 0;
                    counts[3] += left && bottom ? 1 : 0;
                }
            }
        }

        int best = 0;
        for (int c = 1; c < corners.Length; c++)
        {
            best = counts[c] < counts[best] ? c : best;
        }

        return corners[best];
    }

    /// <summary>Labels the axis with whole numbers only (epochs, counts).</summary>
    public static void IntegerTicks(IAxis axis) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };

    /// <summary>Puts the legend in its own strip below the data, where it cannot cover a point cloud.</summary>
    public static void LegendBelow(Plot plot)
    {
        plot.ShowLegend(Edge.Bottom);
    }

    private static string PickFont()
    {
        foreach (string family in new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" })
        {
            if (string.Equals(Fonts.GetTypeface(family, bold: false, italic: false)?.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return family;
            }
        }

        return Fonts.Sans;
    }
}
