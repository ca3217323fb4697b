// GradientNormPlot: how large each layer's gradient is, the picture of the vanishing (or exploding) gradient.
// Input: layer name → the gradient norm (e.g. the L2 norm ‖∂L/∂W‖₂ of its kernel) at each epoch, layers in network
// order, first hidden layer first — what a GradientNorms callback records. Two panels:
//   left, every layer's norm against the epoch on a log₁₀ axis (norms span orders of magnitude; a norm of 0 has no
//   logarithm and is left out of that line);
//   right, a bar per layer of its norm at the last epoch, on the same log axis: in a deep sigmoid network the bars
//   shrink toward the input, with ReLU + He they stay level (Glorot & Bengio 2010, fig. 7; He et al. 2015).
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots per-layer gradient norms over epochs and at the last epoch, on a log scale.</summary>
public static class GradientNormPlot
{
    private const string Owner = nameof(GradientNormPlot);

    /// <summary>Writes the gradient-norm plot (norms over epochs, and the last epoch's norm per layer) to a PNG or SVG file.</summary>
    /// <param name="norms">Layer name → its gradient norm at epochs 1, 2, …; layers in network order, all lists the same length, values finite and ≥ 0.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="title">The figure's title prefix; default <c>Gradient norms</c>.</param>
    /// <param name="panelWidth">The width of each of the two panels in pixels; default 600.</param>
    /// <param name="panelHeight">The height of each panel in pixels; default 450.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">No layers, empty or mismatched lists, negative or non-finite norms, all norms zero, or a path that is not .png / .svg.</exception>
    public static string Save(IReadOnlyDictionary<string, IReadOnlyList<double>> norms, string path, string title = "Gradient norms", int panelWidth = 600, int panelHeight = 450)
    {
        PlotArguments.RequireNonEmpty(norms, nameof(norms), Owner);
        string[] layers = [.. norms.Keys];
        int epochs = norms[layers[0]].Count;
        foreach (string layer in layers)
        {
            PlotArguments.RequireNonEmpty(norms[layer], layer, Owner);
            PlotArguments.RequireSameLength(epochs, norms[layer].Count, layers[0], layer, Owner);
            PlotArguments.RequireFinite(norms[layer], layer, Owner);
            if (norms[layer].Any(v => v < 0))
            {
                throw new ArgumentException($"{Owner} expects norms ≥ 0, received a negative norm for layer '{layer}'.", nameof(norms));
            }
        }

        if (norms.Values.All(list => list.All(v => v == 0)))
        {
            throw new ArgumentException($"{Owner} cannot draw a log scale of norms that are all zero.", nameof(norms));
        }

        Plot overTime = Charts.Create($"{title} per epoch", "epoch", "gradient norm (log scale)");
        for (int l = 0; l < layers.Length; l++)
        {
            IReadOnlyList<double> values = norms[layers[l]];
            int[] positive = [.. Enumerable.Range(0, epochs).Where(e => values[e] > 0)];
            var line = overTime.Add.ScatterLine(positive.Select(e => e + 1.0).ToArray(), positive.Select(e => Math.Log10(values[e])).ToArray(), DepthColor(l, layers.Length));
            line.LineWidth = 2;
            line.MarkerSize = epochs <= 30 ? 5 : 0;
            line.LegendText = layers[l];
        }

        double[] logs = [.. norms.Values.SelectMany(v => v).Where(v => v > 0).Select(Math.Log10)];
        bool manyDecades = logs.Max() - logs.Min() >= 2;
        LogAxis(overTime, manyDecades);
        Charts.IntegerTicks(overTime.Axes.Bottom);
        overTime.ShowLegend(Edge.Right); // beside the data: with ten or more layers a legend inside would hide curves

        Plot lastEpoch = Charts.Create($"{title} at epoch {epochs}", "layer (input → output)", "gradient norm (log scale)");
        double floor = Math.Floor(norms.Values.SelectMany(v => v).Where(v => v > 0).Min(Math.Log10)) - 0.5;
        for (int l = 0; l < layers.Length; l++)
        {
            double value = norms[layers[l]][^1];
            var bar = lastEpoch.Add.Bar(position: l, value: value > 0 ? Math.Log10(value) : floor);
            bar.Bars[0].ValueBase = floor;
            bar.Bars[0].FillColor = DepthColor(l, layers.Length);
        }

        lastEpoch.Axes.Bottom.SetTicks([.. Enumerable.Range(0, layers.Length).Select(l => (double)l)], layers);
        if (layers.Sum(s => s.Length) > 50)
        {
            lastEpoch.Axes.Bottom.TickLabelStyle.Rotation = -30;
            lastEpoch.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            lastEpoch.Axes.Bottom.Label.Text = string.Empty; // rotated names would run into it; the title says the order
            lastEpoch.Axes.Bottom.MinimumSize = 70;         // room for the rotated names
            lastEpoch.Axes.Title.Label.Text = $"At epoch {epochs}, input → output";
        }

        LogAxis(lastEpoch, manyDecades);
        lastEpoch.Axes.Margins(bottom: 0);
        return ChartFile.Save([overTime, lastEpoch], path, columns: 2, panelWidth, panelHeight, Owner);
    }

    // Layers coloured by depth (viridis, dark = input side, yellow = output side): with many layers a cycling palette
    // repeats colours, and a gradient shows the order at a glance.
    private static Color DepthColor(int layer, int count) =>
        new ScottPlot.Colormaps.Viridis().GetColor(count == 1 ? 0.5 : 0.9 * layer / (count - 1));

    // The data are log₁₀ values; label the ticks as powers of ten, with log-spaced minor ticks. Over less than two
    // decades, ticks between the powers are labelled too, or the axis would show one label or none.
    private static void LogAxis(Plot plot, bool manyDecades)
    {
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = manyDecades,
            LabelFormatter = y => Math.Pow(10, y).ToString("0.##E+0", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
