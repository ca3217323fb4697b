// PrecisionRecallPlot: precision-recall curves as scikit-learn's PrecisionRecallDisplay draws them — recall across,
// precision up, a step line (drawstyle "steps-post": precision holds from each recall to the next lower one, the
// steps whose area is the average precision), and the legend giving each curve's AP. For a binary task the dashed
// horizontal line at the positive-class share is the precision of a classifier that guesses (its AP). Several output
// columns give one curve per class, one-vs-rest, each from PrecisionRecallCurve.Compute.
using Dendrite.Tensors;
using ScottPlot;

namespace Dendrite.Plots;

/// <summary>Plots precision-recall curves with their average precision in the legend.</summary>
public static class PrecisionRecallPlot
{
    private const string Owner = nameof(PrecisionRecallPlot);

    /// <summary>Writes the precision-recall curve of binary scores to a PNG or SVG file.</summary>
    /// <param name="scores">A score per sample, higher meaning more likely positive.</param>
    /// <param name="labels">The true class per sample, 0 or 1; both must occur.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="name">The curve's name in the legend; default <c>model</c>.</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Empty or mismatched inputs, a label other than 0 or 1, a single class, or a path that is not .png / .svg.</exception>
    public static string Save(IReadOnlyList<double> scores, IReadOnlyList<int> labels, string path, string name = "model", int width = 800, int height = 600) =>
        Save([(name, PrecisionRecallCurve.Compute(scores, labels), labels.Average())], path, width, height);

    /// <summary>Writes the precision-recall curves of a classifier's outputs: one for one output column, one per class (one-vs-rest) for several.</summary>
    /// <param name="yTrue">Labels (n,) or (n, 1), or one-hot targets of <paramref name="yPred"/>'s shape.</param>
    /// <param name="yPred">Scores (n,) or (n, 1) for a binary task, (n, classes) otherwise, e.g. <c>model.Predict(x)</c>.</param>
    /// <param name="path">The file to write, ending in <c>.png</c> or <c>.svg</c>; its folder is created if needed.</param>
    /// <param name="classNames">A name per class (2 for a binary task); default null = <c>class 0</c>, <c>class 1</c>, ….</param>
    /// <param name="width">The image width in pixels; default 800.</param>
    /// <param name="height">The image height in pixels; default 600.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentException">Shapes that do not match, labels out of range, no class with both outcomes, or a path that is not .png / .svg.</exception>
    public static string Save(Tensor yTrue, Tensor yPred, string path, IReadOnlyList<string>? classNames = null, int width = 800, int height = 600) =>
        Save([.. ClassScores.Split(yTrue, yPred, classNames, Owner).Select(p => (p.Name, PrecisionRecallCurve.Compute(p.Scores, p.Labels), p.Labels.Average()))], path, width, height);

    private static string Save(List<(string Name, PrecisionRecallCurve Curve, double Prevalence)> curves, string path, int width, int height)
    {
        Plot plot = Charts.Create(curves.Count == 1 ? "Precision-recall curve" : "Precision-recall curves (one-vs-rest)", "recall", "precision");
        if (curves.Count == 1)
        {
            double prevalence = curves[0].Prevalence;
            var chance = plot.Add.HorizontalLine(prevalence, width: 1, color: Colors.Gray, pattern: LinePattern.Dashed);
            chance.LegendText = $"chance (AP = {prevalence:0.000})";
        }

        for (int i = 0; i < curves.Count; i++)
        {
            var (name, curve, _) = curves[i];
            var line = plot.Add.ScatterLine(curve.Recall.ToArray(), curve.Precision.ToArray(), Charts.Series(i));
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.LegendText = $"{name} (AP = {curve.AveragePrecision:0.000})";
        }

        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.05);
        Charts.ShowLegend(plot, Alignment.LowerLeft);
        return ChartFile.Save(plot, path, width, height, Owner);
    }
}
