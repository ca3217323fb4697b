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
