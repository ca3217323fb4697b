// WeightHistograms: one histogram panel per layer of the values of its weights (TensorBoard's weight histograms as a
// still image): the shape of the distribution shows the initialiser's scale (Glorot uniform: ±√(6 / (fan_in +
// fan_out))) and how training moved it. A layer's panel holds every weight but its bias (a bias starts at zero and
// is a handful of numbers: it would squeeze the kernel's histogram into one bar); layers without such weights are
// left out. Bins are equal-width over the panel's range (numpy.histogram's default), panels three to a row.
using Dendrite.Models;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots a histogram of weight values per layer.</summary>
public static class WeightHistograms
{
    private const string Owner = nameof(WeightHistograms);

    /// <summary>Writes a histogram of each layer's weights (all but biases) to a PNG or SVG file.</summary>
    /// <param name="model">A built model with at least one layer that has weights.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="bins">The number of equal-width bins, ≥ 1; default 30.</param>
    /// <param name="panelWidth">The width of each panel in pixels; default 500.</param>
    /// <param name="panelHeight">The height of each panel in pixels; default 375.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The model has no weights yet, or the path is not .png / .svg.</exception>
    public static string Save(Model model, string path, int bins = 30, int panelWidth = 500, int panelHeight = 375)
    {
        ArgumentNullException.ThrowIfNull(model);
        var layers = new List<KeyValuePair<string, IReadOnlyList<double>>>();
        foreach (var layer in model.Layers)
        {
            double[] values = [.. layer.Weights.Where(w => !w.Name.EndsWith("/bias", StringComparison.Ordinal)).SelectMany(w => w.Value.ToDoubleArray())];
            if (values.Length > 0)
            {
                layers.Add(new(layer.Name, values));
            }
        }

        if (layers.Count == 0)
        {
            throw new ArgumentException($"{Owner} found no weights in model '{model.Name}': build or fit it first.", nameof(model));
        }

        return Save(layers, path, bins, panelWidth, panelHeight);
    }

    /// <summary>Writes a histogram of each named group of weight values to a PNG or SVG file.</summary>
    /// <param name="weights">Name (a layer) and its weight values, in display order; each group non-empty and finite.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="bins">The number of equal-width bins, ≥ 1; default 30.</param>
    /// <param name="panelWidth">The width of each panel in pixels; default 500.</param>
    /// <param name="panelHeight">The height of each panel in pixels; default 375.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">No groups, an empty or non-finite group, or a path that is not .png / .svg.</exception>
    public static string Save(IReadOnlyList<KeyValuePair<string, IReadOnlyList<double>>> weights, string path, int bins = 30, int panelWidth = 500, int panelHeight = 375)
    {
        PlotArguments.RequireNonEmpty(weights, nameof(weights), Owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var panels = new List<Plot>();
        for (int i = 0; i < weights.Count; i++)
        {
            var (name, values) = weights[i];
            PlotArguments.RequireNonEmpty(values, name, Owner);
            PlotArguments.RequireFinite(values, name, Owner);
            double low = values.Min(), high = values.Max();
            if (high - low < 1e-12)
            {
                (low, high) = (low - 0.5, high + 0.5);
            }

            var histogram = ScottPlot.Statistics.Histogram.WithBinCount(bins, low, high);
            histogram.AddRange(values);
            string summary = $"{values.Count} weights, mean {values.Average():G3}, std {StandardDeviation(values):G3}";
            Plot plot = Charts.Create(name, $"weight value ({summary})", "count");
            plot.Add.Histogram(histogram, Charts.Series(i % 10));
            Charts.IntegerTicks(plot.Axes.Left);
            plot.Axes.Margins(bottom: 0);
            panels.Add(plot);
        }

        return ChartFile.Save(panels, path, columns: Math.Min(3, panels.Count), panelWidth, panelHeight, Owner);
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
    }
}
