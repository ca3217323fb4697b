// EvaluationPlots: the test-set plots `dendrite train` writes into its run folder, as examples/LoanDefault does
// (Dendrite.Plots.RunPlots, fixed file names):
//   binary      confusion matrix, ROC and precision-recall curves of the positive class (with AUC in the legend).
//               The network outputs P(class 1); when the positive class is class 0 the curves use its score 1 − P.
//   multiclass  confusion matrix and the one-vs-rest ROC and precision-recall curves of every class
//   regression  predicted-vs-actual and residuals; with several targets one pair per target, suffixed _<target>
//   multilabel  none: a matrix or curve per label adds files without a single picture of the model (the metrics
//               table has the per-label accuracies).
// The binary confusion matrix drawn is the one Measures printed and metrics.json holds (classes in sorted order,
// at the model's threshold), so the table, the file and the picture always agree.
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;
using Dendrite.Plots;
using Dendrite.Tensors;

namespace Dendrite.Cli;

internal static class EvaluationPlots
{
    /// <summary>Writes the plots of <paramref name="model"/> on <paramref name="rows"/> into <paramref name="folder"/> and returns their paths;
    /// <paramref name="measures"/> are the same rows' measures, whose confusion matrix is drawn.</summary>
    public static IReadOnlyList<string> Write(string folder, TabularModel model, DataTable rows, int positive, Measures measures)
    {
        TabularPreprocessor prep = model.Preprocessing;
        Tensor y = prep.TransformTargets(rows), p = model.Predict(rows).Outputs;
        int n = rows.RowCount;
        switch (model.Task)
        {
            case TabularTask.Binary:
            {
                IReadOnlyList<string> classes = prep.TargetEncoders[0].Classes;
                Tensor truth = Shaped(y, new Shape(n, 1)), score = Shaped(p, new Shape(n, 1));
                IReadOnlyList<string> curveClasses = classes;
                if (positive == 0)
                {
                    truth = new([.. y.ToArray().Select(v => 1 - v)], new Shape(n, 1));
                    score = new([.. p.ToArray().Select(v => 1 - v)], new Shape(n, 1));
                    curveClasses = [classes[1], classes[0]];
                }

                return
                [
                    ConfusionMatrixPlot.Save(measures.Confusion!, Path.Combine(folder, "confusion_matrix.png"), classes),
                    RocCurvePlot.Save(truth, score, Path.Combine(folder, "roc_curve.png"), curveClasses),
                    PrecisionRecallPlot.Save(truth, score, Path.Combine(folder, "precision_recall.png"), curveClasses),
                ];
            }

            case TabularTask.Multiclass:
                return RunPlots.WriteClassification(folder, Shaped(y, new Shape(n)), p, prep.TargetEncoders[0].Classes);
            case TabularTask.Regression when prep.TargetNames.Count == 1:
                return RunPlots.WriteRegression(folder, Shaped(y, new Shape(n)), Shaped(p, new Shape(n)), prep.TargetNames[0]);
            case TabularTask.Regression:
            {
                int k = prep.TargetNames.Count;
                float[] truth = y.ToArray(), guess = p.ToArray();
                var files = new List<string>();
                for (int j = 0; j < k; j++)
                {
                    double[] actual = [.. Enumerable.Range(0, n).Select(r => (double)truth[(r * k) + j])];
                    double[] predicted = [.. Enumerable.Range(0, n).Select(r => (double)guess[(r * k) + j])];
                    string target = prep.TargetNames[j];
                    files.Add(RegressionPlots.SavePredictedVsActual(actual, predicted, Path.Combine(folder, $"predicted_vs_actual_{target}.png"), target));
                    files.Add(RegressionPlots.SaveResiduals(actual, predicted, Path.Combine(folder, $"residuals_{target}.png"), target));
                }

                return files;
            }

            default:
                return [];
        }
    }

    private static Tensor Shaped(Tensor values, Shape shape) => new(values.ToArray(), shape);
}
