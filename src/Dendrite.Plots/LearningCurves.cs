// LearningCurves: one panel per quantity in a training history (loss first, then each metric in log order), the
// training value and, when logged, its validation counterpart ("val_" + key, Keras' log keys) against the 1-based
// epoch — the plot Keras' guides draw from history.history. The best epoch of the monitored key (default val_loss,
// or loss when there is no validation) is marked in every panel with a dashed vertical line, and with a point on the
// monitored curve; "best" is the minimum or maximum as EarlyStopping's mode (auto: max for accuracy, AUC, precision,
// recall, F-scores and R², min otherwise), the first one on ties, as np.argmin / argmax. Panels are laid out two a row.
// Non-finite values (a NaN loss) are left out of the lines and of the search for the best epoch.
using Dendrite.Training.Callbacks;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots the training and validation curves of every quantity in a training history, best epoch marked.</summary>
public static class LearningCurves
{
    private const string Owner = nameof(LearningCurves);

    /// <summary>Writes the learning curves of a <see cref="History"/> to a PNG or SVG file (the <c>grad_norm/…</c> keys of <see cref="GradientNorms"/> have their own plot and are left out).</summary>
    /// <param name="history">The history returned by <c>Fit</c>; at least one epoch.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="monitor">The key whose best epoch is marked; default null = <c>val_loss</c> when logged, else <c>loss</c>.</param>
    /// <param name="mode"><c>auto</c>, <c>min</c> or <c>max</c>, as EarlyStopping's; default <c>auto</c>.</param>
    /// <param name="panelWidth">The width of each panel in pixels; default 600.</param>
    /// <param name="panelHeight">The height of each panel in pixels; default 450.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The history is empty, the monitor was never logged, or the path is not .png / .svg.</exception>
    public static string Save(History history, string path, string? monitor = null, string mode = "auto", int panelWidth = 600, int panelHeight = 450)
    {
        ArgumentNullException.ThrowIfNull(history);
        var values = history.Values.ToDictionary(p => p.Key, p => (IReadOnlyList<double>)p.Value, StringComparer.Ordinal);
        int[] epochs = [.. history.Epochs.Select(e => e + 1)];
        List<string> keys = [.. history.Values.Keys.Where(k => !k.StartsWith(GradientNorms.KeyPrefix, StringComparison.Ordinal))];
        return Save(epochs, keys, values, path, monitor, mode, panelWidth, panelHeight);
    }

    /// <summary>Writes the learning curves of per-epoch values (log key → one value per epoch) to a PNG or SVG file.</summary>
    /// <param name="values">For each log key (<c>loss</c>, <c>val_loss</c>, <c>accuracy</c>, …), its value at epochs 1, 2, …; all the same length.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="monitor">The key whose best epoch is marked; default null = <c>val_loss</c> when present, else <c>loss</c>.</param>
    /// <param name="mode"><c>auto</c>, <c>min</c> or <c>max</c>, as EarlyStopping's; default <c>auto</c>.</param>
    /// <param name="panelWidth">The width of each panel in pixels; default 600.</param>
    /// <param name="panelHeight">The height of each panel in pixels; default 450.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">No values, lists of different lengths or empty, an unknown monitor, or a path that is not .png / .svg.</exception>
    public static string Save(IReadOnlyDictionary<string, IReadOnlyList<double>> values, string path, string? monitor = null, string mode = "auto", int panelWidth = 600, int panelHeight = 450)
    {
        ArgumentNullException.ThrowIfNull(values);
        int count = values.Count == 0 ? 0 : values.Values.First().Count;
        return Save([.. Enumerable.Range(1, count)], values.Keys.ToList(), values, path, monitor, mode, panelWidth, panelHeight);
    }

    /// <summary>The index of the best finite value (first on ties), or null when none is finite.</summary>
    internal static int? BestIndex(IReadOnlyList<double> values, bool higherIsBetter)
    {
        int? best = null;
        for (int i = 0; i < values.Count; i++)
        {
            if (double.IsFinite(values[i]) && (best is not int b || (higherIsBetter ? values[i] > values[b] : values[i] < values[b])))
            {
                best = i;
            }
        }

        return best;
    }

    private static string Save(int[] epochs, List<string> keys, IReadOnlyDictionary<string, IReadOnlyList<double>> values, string path, string? monitor, string mode, int panelWidth, int panelHeight)
    {
        if (keys.Count == 0 || epochs.Length == 0)
        {
            throw new ArgumentException($"{Owner} needs at least one epoch of at least one log key, received {keys.Count} keys and {epochs.Length} epochs.", nameof(values));
        }

        foreach (string key in keys)
        {
            PlotArguments.RequireSameLength(epochs.Length, values[key].Count, "epochs", key, Owner);
        }

        string watched = monitor ?? (values.ContainsKey("val_loss") ? "val_loss" : values.ContainsKey("loss") ? "loss" : keys[0]);
        if (!values.ContainsKey(watched))
        {
            throw new ArgumentException($"{Owner} cannot mark the best epoch of '{watched}': it was never logged. Logged keys: {string.Join(", ", keys)}.", nameof(monitor));
        }

        bool higherIsBetter = MonitorMode.Resolve(watched, mode, Owner) == "max";
        int? best = BestIndex(values[watched], higherIsBetter);
        List<string> quantities = [.. keys.Where(k => !k.StartsWith("val_", StringComparison.Ordinal) || !keys.Contains(k[4..]))];
        var panels = new List<Plot>();
        foreach (string quantity in quantities)
        {
            panels.Add(Panel(epochs, quantity, values, watched, best));
        }

        return ChartFile.Save(panels, path, columns: Math.Min(2, panels.Count), panelWidth, panelHeight, Owner);
    }

    private static Plot Panel(int[] epochs, string quantity, IReadOnlyDictionary<string, IReadOnlyList<double>> values, string watched, int? best)
    {
        bool validationOnly = quantity.StartsWith("val_", StringComparison.Ordinal);
        string name = validationOnly ? quantity[4..] : quantity;
        Plot plot = Charts.Create(name, "epoch", name);
        var lines = new List<(double[] Xs, double[] Ys)>();
        if (!validationOnly)
        {
            lines.Add(AddLine(plot, epochs, values[quantity], "train", Charts.Series(0)));
        }

        if (values.TryGetValue("val_" + name, out IReadOnlyList<double>? validation))
        {
            lines.Add(AddLine(plot, epochs, validation, "validation", Charts.Series(1)));
        }

        if (best is int b)
        {
            double bestValue = values[watched][b];
            var line = plot.Add.VerticalLine(epochs[b], width: 1.5f, color: Colors.Gray, pattern: LinePattern.Dashed);
            line.LegendText = $"best epoch {epochs[b]} ({watched} {bestValue:G4})";
            if (watched == quantity || watched == "val_" + name)
            {
                plot.Add.Marker(epochs[b], bestValue, MarkerShape.OpenCircle, size: 12, color: Colors.Black);
            }
        }

        Charts.IntegerTicks(plot.Axes.Bottom);
        // The legend goes where the curves are not: top right for a falling loss, bottom right for a rising accuracy,
        // bottom left for a learning rate that stays flat, then drops.
        Charts.ShowLegend(plot, Charts.EmptiestCorner(lines));
        return plot;
    }

    /// <summary>Adds the line of the finite values and returns its points.</summary>
    private static (double[] Xs, double[] Ys) AddLine(Plot plot, int[] epochs, IReadOnlyList<double> values, string label, Color color)
    {
        int[] finite = [.. Enumerable.Range(0, values.Count).Where(i => double.IsFinite(values[i]))];
        double[] xs = [.. finite.Select(i => (double)epochs[i])], ys = [.. finite.Select(i => values[i])];
        var line = plot.Add.ScatterLine(xs, ys, color);
        line.LineWidth = 2;
        line.MarkerSize = epochs.Length <= 30 ? 5 : 0;
        line.LegendText = label;
        return (xs, ys);
    }
}
