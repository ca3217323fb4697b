// ClassificationReport: per-class precision, recall, F1 and support, the accuracy, and the macro and
// weighted averages, as scikit-learn's sklearn.metrics.classification_report (zero_division = 0), from a
// confusion matrix C (rows = true class, columns = predicted):
//   tp_i = C[i, i],   precision_i = tp_i / Σ_r C[r, i],   recall_i = tp_i / Σ_c C[i, c] (support_i = Σ_c C[i, c]),
//   F1_i = 2·P·R / (P + R),   accuracy = Σ tp / Σ C,   macro = unweighted mean,   weighted = Σ support_i · x_i / Σ support.
// FromLabels keeps the classes that occur in y_true or y_pred, sorted, as scikit-learn's unique_labels;
// FromConfusionMatrix keeps every class of the matrix. ToString() renders scikit-learn's text layout
// (ClassificationReport.Text.cs); Classes / MacroAverage / WeightedAverage give the same numbers as data.
namespace Dendrite.Metrics;

/// <summary>Per-class precision, recall, F1 and support with accuracy and averages, printed like scikit-learn's.</summary>
public sealed partial class ClassificationReport
{
    private ClassificationReport(int[,] matrix, IReadOnlyList<string> names)
    {
        int k = matrix.GetLength(0);
        var rows = new ClassificationReportRow[k];
        int total = 0, diagonal = 0;
        for (int i = 0; i < k; i++)
        {
            int tp = matrix[i, i], predicted = 0, support = 0;
            for (int j = 0; j < k; j++)
            {
                predicted += matrix[j, i];
                support += matrix[i, j];
            }

            double precision = ThresholdCounts.DivideNoNan(tp, predicted), recall = ThresholdCounts.DivideNoNan(tp, support);
            rows[i] = new ClassificationReportRow(names[i], precision, recall, ThresholdCounts.DivideNoNan(2 * precision * recall, precision + recall), support);
            total += support;
            diagonal += tp;
        }

        Classes = rows;
        Support = total;
        Accuracy = ThresholdCounts.DivideNoNan(diagonal, total);
        MacroAverage = new ClassificationReportRow(
            "macro avg", Mean(rows, r => r.Precision), Mean(rows, r => r.Recall), Mean(rows, r => r.F1Score), total);
        WeightedAverage = new ClassificationReportRow(
            "weighted avg", Weighted(rows, r => r.Precision), Weighted(rows, r => r.Recall), Weighted(rows, r => r.F1Score), total);
    }

    /// <summary>One row per class, in class order.</summary>
    public IReadOnlyList<ClassificationReportRow> Classes { get; }

    /// <summary>The fraction of samples whose predicted class is the true class.</summary>
    public double Accuracy { get; }

    /// <summary>The unweighted mean over classes of precision, recall and F1.</summary>
    public ClassificationReportRow MacroAverage { get; }

    /// <summary>The support-weighted mean over classes of precision, recall and F1.</summary>
    public ClassificationReportRow WeightedAverage { get; }

    /// <summary>The number of samples.</summary>
    public int Support { get; }

    /// <summary>The report of true and predicted class labels, over the labels that occur (sorted).</summary>
    /// <param name="yTrue">The true class of each sample.</param>
    /// <param name="yPred">The predicted class of each sample.</param>
    /// <param name="targetNames">A display name per occurring label, in label order; default null = the label numbers.</param>
    /// <exception cref="ArgumentException">The spans differ in length, or the names do not match the labels.</exception>
    public static ClassificationReport FromLabels(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred, IReadOnlyList<string>? targetNames = null)
    {
        if (yTrue.Length != yPred.Length)
        {
            throw new ArgumentException($"ClassificationReport expects as many predicted labels as true labels ({yTrue.Length}), received {yPred.Length}.", nameof(yPred));
        }

        int[] labels = [.. new SortedSet<int>([.. yTrue, .. yPred])];
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
        var matrix = new int[labels.Length, labels.Length];
        for (int s = 0; s < yTrue.Length; s++)
        {
            matrix[index[yTrue[s]], index[yPred[s]]]++;
        }

        return new ClassificationReport(matrix, Names(targetNames, labels));
    }

    /// <summary>The report of a confusion matrix metric, over all of its classes.</summary>
    /// <param name="matrix">The accumulated matrix.</param>
    /// <param name="targetNames">A display name per class; default null = the class numbers.</param>
    /// <exception cref="ArgumentException">The names do not match the classes.</exception>
    public static ClassificationReport FromConfusionMatrix(ConfusionMatrix matrix, IReadOnlyList<string>? targetNames = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return FromConfusionMatrix(matrix.Matrix, targetNames);
    }

    /// <summary>The report of a square count matrix, rows = true class, columns = predicted class.</summary>
    /// <param name="matrix">The counts.</param>
    /// <param name="targetNames">A display name per class; default null = the class numbers.</param>
    /// <exception cref="ArgumentException">The matrix is not square or has negative counts, or the names do not match the classes.</exception>
    public static ClassificationReport FromConfusionMatrix(int[,] matrix, IReadOnlyList<string>? targetNames = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int k = matrix.GetLength(0);
        if (matrix.GetLength(1) != k || matrix.Cast<int>().Any(c => c < 0))
        {
            throw new ArgumentException(
                $"ClassificationReport expects a square matrix of non-negative counts, received {k}×{matrix.GetLength(1)}.", nameof(matrix));
        }

        return new ClassificationReport((int[,])matrix.Clone(), Names(targetNames, [.. Enumerable.Range(0, k)]));
    }

    private static string[] Names(IReadOnlyList<string>? targetNames, int[] labels)
    {
        if (targetNames is null)
        {
            return [.. labels.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }

        if (targetNames.Count != labels.Length)
        {
            throw new ArgumentException(
                $"ClassificationReport has {labels.Length} classes ({string.Join(", ", labels)}) but received {targetNames.Count} target names.", nameof(targetNames));
        }

        return [.. targetNames];
    }

    private static double Mean(ClassificationReportRow[] rows, Func<ClassificationReportRow, double> value)
        => rows.Length == 0 ? 0 : rows.Average(value);

    private static double Weighted(ClassificationReportRow[] rows, Func<ClassificationReportRow, double> value)
        => ThresholdCounts.DivideNoNan(rows.Sum(r => value(r) * r.Support), rows.Sum(r => r.Support));
}
