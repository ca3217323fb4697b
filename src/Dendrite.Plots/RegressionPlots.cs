// RegressionPlots: the two diagnostic plots of a regression model (scikit-learn's PredictionErrorDisplay, kinds
// "actual_vs_predicted" and "residual_vs_predicted"):
//   predicted against actual, each sample one point, with the line y = x that a perfect model would sit on, and the
//   R² (1 − Σ(y − ŷ)² / Σ(y − ȳ)², sklearn's r2_score) and RMSE in the legend; both axes share one range so the
//   diagonal is the true 45° line;
//   residuals y − ŷ against the prediction ŷ, with the zero line: structure in this cloud is what the model missed.
using Dendrite.Tensors;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots predicted-against-actual values and residuals of a regression model.</summary>
public static class RegressionPlots
{
    private const string Owner = nameof(RegressionPlots);

    /// <summary>Writes the predicted-against-actual scatter with the y = x line to a PNG or SVG file.</summary>
    /// <param name="actual">The true values.</param>
    /// <param name="predicted">The model's predictions, one per true value.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="target">The target's name for the axis labels; default <c>value</c>.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Empty, mismatched or non-finite values, or a path that is not .png / .svg.</exception>
    public static string SavePredictedVsActual(IReadOnlyList<double> actual, IReadOnlyList<double> predicted, string path, string target = "value", int width = 800, int height = 600)
    {
        Check(actual, predicted);
        double mean = actual.Average();
        double residualSquares = actual.Select((y, i) => (y - predicted[i]) * (y - predicted[i])).Sum();
        double totalSquares = actual.Sum(y => (y - mean) * (y - mean));
        double r2 = totalSquares == 0 ? double.NaN : 1 - residualSquares / totalSquares;
        double rmse = Math.Sqrt(residualSquares / actual.Count);
        double low = Math.Min(actual.Min(), predicted.Min()), high = Math.Max(actual.Max(), predicted.Max());
        double pad = high > low ? 0.05 * (high - low) : 1;
        Plot plot = Charts.Create("Predicted vs actual", $"actual {target}", $"predicted {target}");
        var ideal = plot.Add.Line(low - pad, low - pad, high + pad, high + pad);
        ideal.LineColor = Colors.Gray;
        ideal.LinePattern = LinePattern.Dashed;
        ideal.LineWidth = 1.5f;
        ideal.LegendText = "y = x (perfect prediction)";
        var points = plot.Add.ScatterPoints(actual.ToArray(), predicted.ToArray(), Charts.Series(0).WithAlpha(0.6));
        points.MarkerSize = actual.Count > 500 ? 4 : 7;
        points.LegendText = $"{actual.Count} samples (R² = {r2:0.000}, RMSE = {rmse:G4})";
        plot.Axes.SetLimits(low - pad, high + pad, low - pad, high + pad);
        Charts.LegendBelow(plot);
        return ChartFile.Save(plot, path, width, height, Owner);
    }

    /// <summary>Writes the residuals (actual − predicted) against the predictions, with the zero line, to a PNG or SVG file.</summary>
    /// <param name="actual">The true values.</param>
    /// <param name="predicted">The model's predictions, one per true value.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="target">The target's name for the axis labels; default <c>value</c>.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Empty, mismatched or non-finite values, or a path that is not .png / .svg.</exception>
    public static string SaveResiduals(IReadOnlyList<double> actual, IReadOnlyList<double> predicted, string path, string target = "value", int width = 800, int height = 600)
    {
        Check(actual, predicted);
        double[] residuals = [.. actual.Select((y, i) => y - predicted[i])];
        Plot plot = Charts.Create("Residuals", $"predicted {target}", $"residual (actual − predicted {target})");
        var zero = plot.Add.HorizontalLine(0, width: 1.5f, color: Colors.Gray, pattern: LinePattern.Dashed);
        zero.LegendText = "zero residual";
        var points = plot.Add.ScatterPoints(predicted.ToArray(), residuals, Charts.Series(0).WithAlpha(0.6));
        points.MarkerSize = residuals.Length > 500 ? 4 : 7;
        points.LegendText = $"{residuals.Length} samples (mean residual {residuals.Average():G3})";
        double reach = Math.Max(residuals.Max(r => Math.Abs(r)), 1e-12) * 1.15;
        plot.Axes.SetLimitsY(-reach, reach);
        Charts.LegendBelow(plot);
        return ChartFile.Save(plot, path, width, height, Owner);
    }

    /// <summary>Reads a single-output model's targets or predictions, (n,) or (n, 1), as doubles.</summary>
    /// <param name="values">A tensor with one value per sample.</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentException">The tensor has more than one column.</exception>
    public static double[] Column(Tensor values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Rank > 2 || (values.Rank == 2 && values.Shape[1] != 1))
        {
            throw new ArgumentException($"{Owner} expects one value per sample, shape (n,) or (n, 1), received {values.Shape}.", nameof(values));
        }

        return values.ToDoubleArray();
    }

    private static void Check(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        PlotArguments.RequireNonEmpty(actual, nameof(actual), Owner);
        ArgumentNullException.ThrowIfNull(predicted);
        PlotArguments.RequireSameLength(actual.Count, predicted.Count, nameof(actual), nameof(predicted), Owner);
        PlotArguments.RequireFinite(actual, nameof(actual), Owner);
        PlotArguments.RequireFinite(predicted, nameof(predicted), Owner);
    }
}
