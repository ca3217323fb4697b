// RocCurvePlot: ROC curves as scikit-learn's RocCurveDisplay draws them — false-positive rate across, true-positive
// rate up, the legend giving each curve's AUC, and the dashed diagonal of a classifier that guesses (AUC 0.5). A
// binary task (one output column) gives one curve; k output columns give one curve per class, one-vs-rest
// (sklearn's "plot ROC curves for multiclass" example), each from RocCurve.Compute.
using Dendrite.Tensors;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots ROC curves with their AUC in the legend, for binary and (one-vs-rest) multiclass classifiers.</summary>
public static class RocCurvePlot
{
    private const string Owner = nameof(RocCurvePlot);

    /// <summary>Writes the ROC curve of binary scores to a PNG or SVG file.</summary>
    /// <param name="scores">A score per sample, higher meaning more likely positive.</param>
    /// <param name="labels">The true class per sample, 0 or 1; both must occur.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="name">The curve's name in the legend; default <c>model</c>.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Empty or mismatched inputs, a label other than 0 or 1, a single class, or a path that is not .png / .svg.</exception>
    public static string Save(IReadOnlyList<double> scores, IReadOnlyList<int> labels, string path, string name = "model", int width = 800, int height = 600) =>
        Save([(name, RocCurve.Compute(scores, labels))], path, width, height);

    /// <summary>Writes the ROC curves of a classifier's outputs: one curve for one output column, one per class (one-vs-rest) for several.</summary>
    /// <param name="yTrue">Labels (n,) or (n, 1), or one-hot targets of <paramref name="yPred"/>'s shape.</param>
    /// <param name="yPred">Scores (n,) or (n, 1) for a binary task, (n, classes) otherwise, e.g. <c>model.Predict(x)</c>.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="classNames">A name per class (2 for a binary task); default null = <c>class 0</c>, <c>class 1</c>, ….</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Shapes that do not match, labels out of range, no class with both outcomes, or a path that is not .png / .svg.</exception>
    public static string Save(Tensor yTrue, Tensor yPred, string path, IReadOnlyList<string>? classNames = null, int width = 800, int height = 600) =>
        Save([.. ClassScores.Split(yTrue, yPred, classNames, Owner).Select(p => (p.Name, RocCurve.Compute(p.Scores, p.Labels)))], path, width, height);

    private static string Save(List<(string Name, RocCurve Curve)> curves, string path, int width, int height)
    {
        Plot plot = Charts.Create(curves.Count == 1 ? "ROC curve" : "ROC curves (one-vs-rest)", "false positive rate", "true positive rate (recall)");
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LineColor = Colors.Gray;
        chance.LinePattern = LinePattern.Dashed;
        chance.LegendText = "chance (AUC = 0.500)";
        for (int i = 0; i < curves.Count; i++)
        {
            var (name, curve) = curves[i];
            var line = plot.Add.ScatterLine(curve.FalsePositiveRate.ToArray(), curve.TruePositiveRate.ToArray(), Charts.Series(i));
            line.LineWidth = 2;
            line.LegendText = $"{name} (AUC = {curve.Auc:0.000})";
        }

        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        Charts.ShowLegend(plot, Alignment.LowerRight);
        return ChartFile.Save(plot, path, width, height, Owner);
    }
}
