// ScatterByClass: points in a plane coloured by class, with a legend naming each class — the figure of Keras'
// autoencoder tutorial for a 2-D latent space (keras.io "Building Autoencoders in Keras", and the VAE example's
// plot_label_clusters: plt.scatter(z[:, 0], z[:, 1], c=labels)), or of any 2-D embedding.
// Colours are Category10's (class 0 blue, 1 orange, 2 green, …), as every Dendrite plot. Thousands of points overlap,
// so the cloud is drawn in five interleaved passes (the first fifth of every class, then the second, …) rather than
// class after class, which would bury the early classes under the last one; points are slightly transparent. The
// legend sits in its own strip right of the data, with full-size opaque markers and each class's point count.
using Dendrite.Tensors;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots 2-D points (e.g. an autoencoder's codes) coloured by class, with a legend of the class names.</summary>
public static class ScatterByClass
{
    private const string Owner = nameof(ScatterByClass);
    private const int Passes = 5;

    /// <summary>Writes the points, coloured by class, to a PNG or SVG file.</summary>
    /// <param name="points">The points, shape (n, 2), finite.</param>
    /// <param name="labels">Their classes 0, 1, …: shape (n,) or (n, 1).</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="title">The plot's title; default <c>Points by class</c>.</param>
    /// <param name="axisNames">The two axes' names; default null = <c>z₁</c>, <c>z₂</c>.</param>
    /// <param name="classNames">A name per class for the legend, at least one more than the largest label; default null = <c>class 0</c>, <c>class 1</c>, ….</param>
    /// <param name="markerSize">The points' diameter in pixels, 1 to 50; default 4.</param>
    /// <param name="width">The image width in pixels; default 1000.</param>
    /// <param name="height">The image height in pixels; default 750.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">The points are not (n, 2) and finite, the labels do not match them or are not whole numbers ≥ 0, too few class names, or a path that is not .png / .svg.</exception>
    public static string Save(Tensor points, Tensor labels, string path, string title = "Points by class", IReadOnlyList<string>? axisNames = null, IReadOnlyList<string>? classNames = null, float markerSize = 4, int width = 1000, int height = 750)
    {
        int[] classes = Check(points, labels, axisNames, markerSize);
        int classCount = classNames?.Count ?? classes.Max() + 1;
        if (classes.Max() >= classCount)
        {
            throw new ArgumentException($"{Owner} expects a name for every class 0…{classes.Max()}, received {classCount} names.", nameof(classNames));
        }

        Plot plot = Charts.Create(title, axisNames?[0] ?? "z₁", axisNames?[1] ?? "z₂");
        int[][] members = [.. Enumerable.Range(0, classCount).Select(c => Enumerable.Range(0, classes.Length).Where(r => classes[r] == c).ToArray())];
        for (int pass = 0; pass < Passes; pass++)
        {
            for (int c = 0; c < classCount; c++)
            {
                int from = members[c].Length * pass / Passes, to = members[c].Length * (pass + 1) / Passes;
                if (to > from)
                {
                    int[] rows = members[c][from..to];
                    var scatter = plot.Add.ScatterPoints(rows.Select(r => points.GetFlat(r * 2)).ToArray(), rows.Select(r => points.GetFlat((r * 2) + 1)).ToArray(), Charts.Series(c).WithAlpha(0.7));
                    scatter.MarkerShape = MarkerShape.FilledCircle;
                    scatter.MarkerSize = markerSize;
                }
            }
        }

        for (int c = 0; c < classCount; c++)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{classNames?[c] ?? $"class {c}"} ({members[c].Length})",
                MarkerShape = MarkerShape.FilledCircle,
                MarkerSize = 12,
                MarkerColor = Charts.Series(c),
                LineWidth = 0,
            });
        }

        plot.ShowLegend(Edge.Right);
        return ChartFile.Save(plot, path, width, height, Owner);
    }

    private static int[] Check(Tensor points, Tensor labels, IReadOnlyList<string>? axisNames, float markerSize)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        if (points.Rank != 2 || points.Shape[1] != 2 || points.Shape[0] == 0)
        {
            throw new ArgumentException($"{Owner} needs points with 2 coordinates, shape (n, 2) with n ≥ 1; received {points.Shape}.", nameof(points));
        }

        if (!points.AllFinite())
        {
            throw new ArgumentException($"{Owner} needs finite points; a non-finite value is at flat index {points.IndexOfNonFinite()}.", nameof(points));
        }

        int n = points.Shape[0];
        if (labels.Size != n || labels.Rank > 2 || (labels.Rank == 2 && labels.Shape[1] != 1))
        {
            throw new ArgumentException($"{Owner} expects {n} labels, shape ({n},) or ({n}, 1), one per point; received shape {labels.Shape}.", nameof(labels));
        }

        if (axisNames is not null && axisNames.Count != 2)
        {
            throw new ArgumentException($"{Owner} expects 2 axis names, received {axisNames.Count}.", nameof(axisNames));
        }

        if (!(markerSize is >= 1 and <= 50))
        {
            throw new ArgumentOutOfRangeException(nameof(markerSize), markerSize, $"{Owner} expects a marker size from 1 to 50 pixels, received {markerSize}.");
        }

        var classes = new int[n];
        for (int r = 0; r < n; r++)
        {
            double label = labels.GetFlat(r);
            if (label < 0 || label != Math.Floor(label) || label > 1000)
            {
                throw new ArgumentException($"{Owner} expects class labels 0, 1, … (at most 1000), received {label} at row {r}.", nameof(labels));
            }

            classes[r] = (int)label;
        }

        return classes;
    }
}
