// Measures: a tabular model's quality on labelled rows, by task, from TabularModel.Predict on the raw rows and the
// targets encoded by its own preprocessing (so evaluate and train measure the same way):
//   binary      accuracy, precision, recall, F1 of the positive class (by default the second class in sorted order,
//               scikit-learn's pos_label = 1; `train --positive` picks the other), at the model's threshold (class 1
//               predicted when P(class 1) > threshold); exact ROC-AUC of the positive class's score (roc_auc_score);
//               confusion matrix in class order; classification report
//   multiclass  accuracy, macro and weighted F1, classification report (predicted class = arg-max)
//   multilabel  accuracy per label at the threshold, and the exact-match ratio (every label right)
//   regression  MAE, RMSE and R² (1 − SS_res / SS_tot) per target
// plus the compiled loss of the network (Keras' evaluate) when the network is compiled.
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;
using Dendrite.Metrics;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Cli;

internal sealed class Measures
{
    private Measures(List<KeyValuePair<string, double>> values, ClassificationReport? report, int[,]? confusion, IReadOnlyList<string> classes)
    {
        Values = values;
        Report = report;
        Confusion = confusion;
        Classes = classes;
    }

    /// <summary>Metric name → value, in print order.</summary>
    public List<KeyValuePair<string, double>> Values { get; }

    public ClassificationReport? Report { get; }

    public int[,]? Confusion { get; }

    public IReadOnlyList<string> Classes { get; }

    /// <param name="model">The model.</param>
    /// <param name="rows">Labelled rows.</param>
    /// <param name="positive">The code (0 or 1) of a binary target's positive class; default 1, the second class in sorted order.</param>
    public static Measures Compute(TabularModel model, DataTable rows, int positive = 1)
    {
        TabularPreprocessor prep = model.Preprocessing;
        TabularPredictions predictions = model.Predict(rows);
        float[] y = prep.TransformTargets(rows).ToArray();
        var values = new List<KeyValuePair<string, double>>();
        if (model.Model.IsCompiled)
        {
            values.Add(new("loss", model.Evaluate(rows)["loss"]));
        }

        int n = rows.RowCount;
        switch (model.Task)
        {
            case TabularTask.Binary:
            {
                IReadOnlyList<string> classes = prep.TargetEncoders[0].Classes;
                float[] p = predictions.Outputs.ToArray();
                int[] truth = Codes(y), predicted = [.. p.Select(v => v > model.Threshold ? 1 : 0)];
                int tp = 0, fp = 0, fn = 0;
                for (int i = 0; i < n; i++)
                {
                    tp += truth[i] == positive && predicted[i] == positive ? 1 : 0;
                    fp += truth[i] != positive && predicted[i] == positive ? 1 : 0;
                    fn += truth[i] == positive && predicted[i] != positive ? 1 : 0;
                }

                // The network's output is P(class 1); the positive class's score is 1 − that when the positive class is class 0.
                var auc = new AUC(exact: true);
                auc.UpdateState(new Tensor([.. truth.Select(t => t == positive ? 1f : 0f)], new Shape(n, 1)), new Tensor([.. p.Select(v => positive == 1 ? v : 1 - v)], new Shape(n, 1)));
                var confusion = new int[2, 2];
                for (int i = 0; i < n; i++)
                {
                    confusion[truth[i], predicted[i]]++;
                }

                double precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp), recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
                string name = classes[positive];
                values.AddRange([new("accuracy", truth.Zip(predicted).Count(t => t.First == t.Second) / (double)n), new($"precision ({name})", precision),
                    new($"recall ({name})", recall), new($"f1 ({name})", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)), new("roc_auc", auc.Result())]);
                return new(values, ClassificationReport.FromLabels(truth, predicted, classes), confusion, classes);
            }

            case TabularTask.Multiclass:
            {
                IReadOnlyList<string> classes = prep.TargetEncoders[0].Classes;
                int k = classes.Count;
                float[] p = predictions.Outputs.ToArray();
                int[] predicted = [.. Enumerable.Range(0, n).Select(r => ArgMax(p.AsSpan(r * k, k)))];
                var report = ClassificationReport.FromLabels(Codes(y), predicted, classes);
                values.AddRange([new("accuracy", report.Accuracy), new("f1 (macro avg)", report.MacroAverage.F1Score), new("f1 (weighted avg)", report.WeightedAverage.F1Score)]);
                return new(values, report, null, classes);
            }

            case TabularTask.Multilabel:
            {
                int k = prep.TargetNames.Count;
                float[] p = predictions.Outputs.ToArray();
                bool[] right = [.. Enumerable.Range(0, n * k).Select(i => (p[i] > model.Threshold ? 1 : 0) == (int)y[i])];
                for (int j = 0; j < k; j++)
                {
                    values.Add(new($"accuracy ({prep.TargetNames[j]})", Enumerable.Range(0, n).Count(r => right[r * k + j]) / (double)n));
                }

                values.Add(new("exact_match", Enumerable.Range(0, n).Count(r => Enumerable.Range(0, k).All(j => right[r * k + j])) / (double)n));
                return new(values, null, null, []);
            }

            default:
            {
                int k = prep.TargetNames.Count;
                float[] p = predictions.Outputs.ToArray();
                for (int j = 0; j < k; j++)
                {
                    double[] truth = [.. Enumerable.Range(0, n).Select(r => (double)y[r * k + j])];
                    double[] guess = [.. Enumerable.Range(0, n).Select(r => (double)p[r * k + j])];
                    double mean = truth.Average();
                    double ssRes = truth.Zip(guess, (t, g) => (t - g) * (t - g)).Sum(), ssTot = truth.Sum(t => (t - mean) * (t - mean));
                    string suffix = k == 1 ? "" : $" ({prep.TargetNames[j]})";
                    values.AddRange([new("mae" + suffix, truth.Zip(guess, (t, g) => Math.Abs(t - g)).Average()),
                        new("rmse" + suffix, Math.Sqrt(ssRes / n)), new("r2" + suffix, ssTot == 0 ? double.NaN : 1 - ssRes / ssTot)]);
                }

                return new(values, null, null, []);
            }
        }
    }

    /// <summary>Prints the metrics table, the confusion matrix and the classification report.</summary>
    public void Write(CliContext context, string title)
    {
        Tables.Write(context.Ansi, title, ["metric", "value"], Values.Select(v => new[] { v.Key, double.IsNaN(v.Value) ? "n/a" : Tables.Metric(v.Value) }));
        if (Confusion is int[,] m)
        {
            Tables.Write(context.Ansi, "Confusion matrix", ["true \\ predicted", .. Classes],
                Enumerable.Range(0, Classes.Count).Select(i => (IReadOnlyList<string>)[Classes[i], .. Enumerable.Range(0, Classes.Count).Select(j => Tables.Count(m[i, j]))]));
        }

        if (Report is not null)
        {
            context.Output.WriteLine(Report.ToString(digits: 4));
        }
    }

    private static int[] Codes(float[] y) => [.. y.Select(v => (int)v)];

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }
}
