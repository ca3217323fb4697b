// ConfusionMatrixPlot: the heatmap scikit-learn's ConfusionMatrixDisplay draws. Rows are the true class (top to
// bottom, class 0 first), columns the predicted class (left to right), C[i, j] = samples of class i predicted as j
// (our ConfusionMatrix metric's layout). Each cell is shaded on the "Blues" colormap by its count over the largest
// count (or, with normalize, by its share of the true class's row, as normalize='true') and carries its count written
// in it — white on dark cells, black on light ones, so every number stays readable.
using Dendrite.Metrics;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots a confusion matrix as a heatmap with the count written in each cell.</summary>
public static class ConfusionMatrixPlot
{
    private const string Owner = nameof(ConfusionMatrixPlot);

    /// <summary>Writes the heatmap of a <see cref="ConfusionMatrix"/> metric's counts to a PNG or SVG file.</summary>
    /// <param name="matrix">The metric, after at least one update.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="classNames">A name per class; default null = <c>0</c>, <c>1</c>, ….</param>
    /// <param name="normalize">Whether to shade and label each cell by its share of its true class (row); default false = counts.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The matrix is empty, the class names do not match, or the path is not .png / .svg.</exception>
    public static string Save(ConfusionMatrix matrix, string path, IReadOnlyList<string>? classNames = null, bool normalize = false, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Save(matrix.Matrix, path, classNames, normalize, width, height);
    }

    /// <summary>Writes the heatmap of a square count matrix (rows = true class, columns = predicted) to a PNG or SVG file.</summary>
    /// <param name="counts">The counts, classes × classes, non-negative, not all zero.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="classNames">A name per class; default null = <c>0</c>, <c>1</c>, ….</param>
    /// <param name="normalize">Whether to shade and label each cell by its share of its true class (row); default false = counts.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The matrix is not square, is empty or negative, the class names do not match, or the path is not .png / .svg.</exception>
    public static string Save(int[,] counts, string path, IReadOnlyList<string>? classNames = null, bool normalize = false, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int n = counts.GetLength(0);
        if (n == 0 || counts.GetLength(1) != n)
        {
            throw new ArgumentException($"{Owner} expects a square, non-empty count matrix, received {counts.GetLength(0)} × {counts.GetLength(1)}.", nameof(counts));
        }

        if (classNames is not null && classNames.Count != n)
        {
            throw new ArgumentException($"{Owner} expects {n} class names for a {n} × {n} matrix, received {classNames.Count}.", nameof(classNames));
        }

        int total = 0, largest = 0;
        foreach (int c in counts)
        {
            if (c < 0)
            {
                throw new ArgumentException($"{Owner} expects non-negative counts, received {c}.", nameof(counts));
            }

            total += c;
            largest = Math.Max(largest, c);
        }

        if (total == 0)
        {
            throw new ArgumentException($"{Owner} expects at least one counted sample, received an all-zero {n} × {n} matrix.", nameof(counts));
        }

        Plot plot = Charts.Create(normalize ? "Confusion matrix (share of each true class)" : "Confusion matrix", "predicted class", "true class");
        var colormap = new ScottPlot.Colormaps.Blues();
        float fontSize = Math.Clamp(120f / n, 10f, 22f);
        for (int i = 0; i < n; i++)
        {
            int rowTotal = Enumerable.Range(0, n).Sum(j => counts[i, j]);
            for (int j = 0; j < n; j++)
            {
                double share = rowTotal == 0 ? 0 : (double)counts[i, j] / rowTotal;
                double shade = normalize ? share : (double)counts[i, j] / largest;
                double top = n - i;   // class 0 in the top row
                var cell = plot.Add.Rectangle(j - 0.5, j + 0.5, top - 1.5, top - 0.5);
                cell.FillColor = colormap.GetColor(0.95 - 0.9 * shade);   // ScottPlot's Blues runs dark (0) to light (1)
                cell.LineColor = Colors.White;
                string text = normalize ? $"{share:0.00}\n({counts[i, j]})" : counts[i, j].ToString(System.Globalization.CultureInfo.InvariantCulture);
                var label = plot.Add.Text(text, j, top - 1);
                label.LabelFontSize = fontSize;
                label.LabelFontColor = shade > 0.55 ? Colors.White : Colors.Black;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelBold = i == j;
            }
        }

        double[] positions = [.. Enumerable.Range(0, n).Select(k => (double)k)];
        string[] names = [.. Enumerable.Range(0, n).Select(k => classNames?[k] ?? k.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        plot.Axes.Bottom.SetTicks(positions, names);
        plot.Axes.Left.SetTicks([.. positions.Select(p => n - 1 - p)], names);
        if (names.Sum(s => s.Length) > 60)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }

        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.HideGrid();
        return ChartFile.Save(plot, path, width, height, Owner);
    }
}
