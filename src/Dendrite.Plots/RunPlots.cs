// RunPlots: the evaluation plots a run folder gets once the model has predicted its test rows — for a classifier the
// confusion matrix, the ROC curve(s) and the precision-recall curve(s); for a regressor predicted-vs-actual and the
// residuals. The file names are fixed so a CLI, a job and a reader of runs/ find them: confusion_matrix, roc_curve,
// precision_recall, predicted_vs_actual, residuals (.png or .svg). The training curves come from PlotsCallback.
using Dendrite.Metrics;
using Dendrite.Tensors;

namespace Dendrite.Plots;

/// <summary>Writes a run's evaluation plots (classification or regression) into a folder.</summary>
public static class RunPlots
{
    /// <summary>Writes the confusion matrix, ROC and precision-recall plots of a classifier's predictions.</summary>
    /// <param name="folder">The folder to write into; created if needed.</param>
    /// <param name="yTrue">Labels (n,) or (n, 1), or one-hot targets of <paramref name="yPred"/>'s shape.</param>
    /// <param name="yPred">Probabilities (n,) or (n, 1) of class 1 for a binary task, (n, classes) otherwise.</param>
    /// <param name="classNames">A name per class; default null = class numbers.</param>
    /// <param name="threshold">The binary decision threshold of the confusion matrix; default 0.5.</param>
    /// <param name="format"><c>png</c> or <c>svg</c>; default <c>png</c>.</param>
    /// <returns>The full paths written, in order.</returns>
    /// <exception cref="ArgumentException">The shapes or names do not match, or a format other than png or svg.</exception>
    public static IReadOnlyList<string> WriteClassification(string folder, Tensor yTrue, Tensor yPred, IReadOnlyList<string>? classNames = null, double threshold = 0.5, string format = "png")
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var confusion = new ConfusionMatrix(numClasses: classNames?.Count, threshold: threshold);
        confusion.UpdateState(yTrue, yPred);
        return
        [
            ConfusionMatrixPlot.Save(confusion, Path.Combine(folder, $"confusion_matrix.{format}"), classNames),
            RocCurvePlot.Save(yTrue, yPred, Path.Combine(folder, $"roc_curve.{format}"), classNames),
            PrecisionRecallPlot.Save(yTrue, yPred, Path.Combine(folder, $"precision_recall.{format}"), classNames),
        ];
    }

    /// <summary>Writes the predicted-vs-actual and residual plots of a single-output regressor's predictions.</summary>
    /// <param name="folder">The folder to write into; created if needed.</param>
    /// <param name="yTrue">The true values, (n,) or (n, 1).</param>
    /// <param name="yPred">The predictions, (n,) or (n, 1).</param>
    /// <param name="target">The target's name for the axis labels; default <c>value</c>.</param>
    /// <param name="format"><c>png</c> or <c>svg</c>; default <c>png</c>.</param>
    /// <returns>The full paths written, in order.</returns>
    /// <exception cref="ArgumentException">The shapes do not match, a value is not finite, or a format other than png or svg.</exception>
    public static IReadOnlyList<string> WriteRegression(string folder, Tensor yTrue, Tensor yPred, string target = "value", string format = "png")
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        double[] actual = RegressionPlots.Column(yTrue), predicted = RegressionPlots.Column(yPred);
        return
        [
            RegressionPlots.SavePredictedVsActual(actual, predicted, Path.Combine(folder, $"predicted_vs_actual.{format}"), target),
            RegressionPlots.SaveResiduals(actual, predicted, Path.Combine(folder, $"residuals.{format}"), target),
        ];
    }
}
