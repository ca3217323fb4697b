// ForecastPlot: a time series against one or more forecasts of it, over the same time steps — the picture of a
// forecaster's test period, drawn as Hyndman & Athanasopoulos draw the simple benchmark methods over the data
// ("Forecasting: Principles and Practice", 3rd ed., §5.2 "Some simple forecasting methods").
// The actual values are a black line; each forecast is a line in the shared palette, first forecast first, and its
// legend entry gives its RMSE against the actual values, √(Σ(y − ŷ)² / n), so the picture and the number agree.
// Time is the x axis: positions 0, 1, … by default, or the given times (e.g. decimal years, 1974.0 = January 1974),
// labelled without thousands separators.
using System.Globalization;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots a series' actual values against forecasts of it over time.</summary>
public static class ForecastPlot
{
    private const string Owner = nameof(ForecastPlot);

    /// <summary>Writes the actual values and each forecast as lines over time to a PNG or SVG file.</summary>
    /// <param name="actual">The observed values, one per time step.</param>
    /// <param name="forecasts">Forecast name → its values, one per time step; drawn and listed in enumeration order.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="time">The x position of each step, increasing (e.g. decimal years); default null = 0, 1, 2, ….</param>
    /// <param name="title">The plot's title; default <c>Forecast</c>.</param>
    /// <param name="timeLabel">The x axis label; default <c>time step</c>.</param>
    /// <param name="valueLabel">The y axis label; default <c>value</c>.</param>
    /// <param name="width">The image width in pixels; default 1200.</param>
    /// <param name="height">The image height in pixels; default 500.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Empty, mismatched or non-finite values, no forecast, times that do not increase, or a path that is not .png / .svg.</exception>
    public static string Save(
        IReadOnlyList<double> actual,
        IReadOnlyDictionary<string, IReadOnlyList<double>> forecasts,
        string path,
        IReadOnlyList<double>? time = null,
        string title = "Forecast",
        string timeLabel = "time step",
        string valueLabel = "value",
        int width = 1200,
        int height = 500)
    {
        PlotArguments.RequireNonEmpty(actual, nameof(actual), Owner);
        PlotArguments.RequireFinite(actual, nameof(actual), Owner);
        PlotArguments.RequireNonEmpty(forecasts, nameof(forecasts), Owner);
        foreach (var (name, values) in forecasts)
        {
            ArgumentNullException.ThrowIfNull(values, name);
            PlotArguments.RequireSameLength(actual.Count, values.Count, nameof(actual), name, Owner);
            PlotArguments.RequireFinite(values, name, Owner);
        }

        double[] xs = time is null ? [.. Enumerable.Range(0, actual.Count).Select(i => (double)i)] : CheckTime(time, actual.Count);
        Plot plot = Charts.Create(title, timeLabel, valueLabel);
        // Times are labels such as years: no thousands separator (1974, not 1,974).
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = t => t.ToString("0.###", CultureInfo.InvariantCulture) };
        var observed = plot.Add.ScatterLine(xs, actual.ToArray(), Colors.Black);
        observed.LineWidth = 1.5f;
        observed.LegendText = $"actual ({actual.Count} steps)";
        int index = 0;
        foreach (var (name, values) in forecasts)
        {
            double rmse = Math.Sqrt(actual.Select((y, i) => (y - values[i]) * (y - values[i])).Average());
            var line = plot.Add.ScatterLine(xs, values.ToArray(), Charts.Series(index).WithAlpha(0.85));
            line.LineWidth = 1.5f;
            line.LinePattern = index == 0 ? LinePattern.Solid : LinePattern.Dashed;
            line.LegendText = $"{name} (RMSE {rmse:G4})";
            index++;
        }

        Charts.LegendBelow(plot);
        return ChartFile.Save(plot, path, width, height, Owner);
    }

    private static double[] CheckTime(IReadOnlyList<double> time, int count)
    {
        PlotArguments.RequireSameLength(count, time.Count, "actual", nameof(time), Owner);
        PlotArguments.RequireFinite(time, nameof(time), Owner);
        for (int i = 1; i < time.Count; i++)
        {
            if (!(time[i] > time[i - 1]))
            {
                throw new ArgumentException($"{Owner} expects increasing times, received {time[i - 1]} then {time[i]} at index {i}.", nameof(time));
            }
        }

        return [.. time];
    }
}
