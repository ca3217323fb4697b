// DecisionBoundaryPlot, the grid and its colours: checks the points, spans the grid, turns the predictions into an
// image (row 0 = the highest x₂, as images run top to bottom) and draws the points class by class.
using Dendrite.Tensors;
using ScottPlot;
using SkiaSharp;

namespace Dendrite.Plots;

/// <summary>Plots a classifier's decision regions over two features, with the training points on top.</summary>
public static partial class DecisionBoundaryPlot
{
    private static int[] CheckData(Tensor x, Tensor y, IReadOnlyList<string>? featureNames, int resolution)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Rank != 2 || x.Shape[1] != 2 || x.Shape[0] == 0)
        {
            throw new ArgumentException($"{Owner} needs points with 2 features, shape (n, 2) with n ≥ 1; received {x.Shape}.", nameof(x));
        }

        if (!x.AllFinite())
        {
            throw new ArgumentException($"{Owner} needs finite points; x has a non-finite value at flat index {x.IndexOfNonFinite()}.", nameof(x));
        }

        if (featureNames is not null && featureNames.Count != 2)
        {
            throw new ArgumentException($"{Owner} expects 2 feature names, received {featureNames.Count}.", nameof(featureNames));
        }

        if (resolution is < 10 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, $"{Owner} expects a resolution from 10 to 1000 cells per axis, received {resolution}.");
        }

        int n = x.Shape[0];
        bool oneHot = y.Rank == 2 && y.Shape[0] == n && y.Shape[1] > 1;
        if (!oneHot && y.Size != n)
        {
            throw new ArgumentException($"{Owner} expects {n} labels (one per point) or one-hot rows, received shape {y.Shape}.", nameof(y));
        }

        var classes = new int[n];
        for (int r = 0; r < n; r++)
        {
            if (oneHot)
            {
                int columns = y.Shape[1];
                classes[r] = Enumerable.Range(0, columns).MaxBy(c => y.GetFlat(r * columns + c));
                continue;
            }

            double label = y.GetFlat(r);
            if (label < 0 || label != Math.Floor(label) || label > 1000)
            {
                throw new ArgumentException($"{Owner} expects class labels 0, 1, …, received {label} at row {r}.", nameof(y));
            }

            classes[r] = (int)label;
        }

        return classes;
    }

    private static (double Low, double High) Range(Tensor x, int column)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (int r = 0; r < x.Shape[0]; r++)
        {
            double v = x.GetFlat(r * 2 + column);
            (low, high) = (Math.Min(low, v), Math.Max(high, v));
        }

        double margin = Math.Max(0.1 * (high - low), 0.25);
        return (low - margin, high + margin);
    }

    // Cell centres, row-major from the top row (highest x₂) down, left to right.
    private static Tensor Grid((double Low, double High) xRange, (double Low, double High) yRange, int resolution)
    {
        var points = new float[resolution * resolution * 2];
        for (int row = 0; row < resolution; row++)
        {
            for (int col = 0; col < resolution; col++)
            {
                int i = (row * resolution + col) * 2;
                points[i] = (float)(xRange.Low + (col + 0.5) * (xRange.High - xRange.Low) / resolution);
                points[i + 1] = (float)(yRange.High - (row + 0.5) * (yRange.High - yRange.Low) / resolution);
            }
        }

        return new Tensor(points, new Shape(resolution * resolution, 2));
    }

    private static Image Regions(Tensor output, int columns, int resolution)
    {
        var bitmap = new SKBitmap(resolution, resolution);
        for (int i = 0; i < resolution * resolution; i++)
        {
            Color color;
            if (columns == 1)
            {
                double p = Math.Clamp(output.GetFlat(i), 0, 1);
                color = Tint(Charts.Series(p < 0.5 ? 0 : 1), Math.Abs(p - 0.5) * 2);
            }
            else
            {
                int best = 0;
                for (int c = 1; c < columns; c++)
                {
                    best = output.GetFlat(i * columns + c) > output.GetFlat(i * columns + best) ? c : best;
                }

                double sureness = (output.GetFlat(i * columns + best) - 1.0 / columns) / (1 - 1.0 / columns);
                color = Tint(Charts.Series(best), Math.Clamp(sureness, 0, 1));
            }

            bitmap.SetPixel(i % resolution, i / resolution, new SKColor(color.R, color.G, color.B));
        }

        return new Image(bitmap);
    }

    // White blended toward the class colour, at most 55% of the way, so the points on top stay visible.
    private static Color Tint(Color color, double strength)
    {
        double t = 0.55 * strength;
        byte Mix(byte channel) => (byte)Math.Round(255 + (channel - 255) * t);
        return new Color(Mix(color.R), Mix(color.G), Mix(color.B));
    }

    private static void AddPoints(Plot plot, Tensor x, int[] classes, int classCount, IReadOnlyList<string>? classNames)
    {
        for (int c = 0; c < classCount; c++)
        {
            int[] rows = [.. Enumerable.Range(0, classes.Length).Where(r => classes[r] == c)];
            if (rows.Length == 0)
            {
                continue;
            }

            var points = plot.Add.ScatterPoints(rows.Select(r => x.GetFlat(r * 2)).ToArray(), rows.Select(r => x.GetFlat(r * 2 + 1)).ToArray(), Charts.Series(c));
            points.MarkerShape = MarkerShape.FilledCircle;
            points.MarkerSize = classes.Length > 200 ? 6 : 12;
            points.MarkerLineColor = Colors.Black;
            points.MarkerLineWidth = 1;
            points.LegendText = $"{classNames?[c] ?? $"class {c}"} ({rows.Length} points)";
        }
    }
}
