// ClassScores: turns a classifier's targets and outputs (Dendrite tensors) into binary (score, label) problems for
// the ROC and precision-recall plots, as scikit-learn's RocCurveDisplay / PrecisionRecallDisplay expect them:
//   one output column, (n,) or (n, 1): a binary task; the score is the output, the label the 0/1 target;
//   k ≥ 2 output columns: one-vs-rest, one problem per class c with score = output[:, c] and label = [true class == c];
//   the targets are then class labels (n,) / (n, 1) or one-hot rows (n, k).
// A class that is never (or always) the true class has no curve; it is left out rather than failing the whole plot.
using Dendrite.Tensors;

namespace Dendrite.Plots;

/// <summary>One binary (scores, labels) problem per class to plot.</summary>
internal static class ClassScores
{
    public static List<(string Name, double[] Scores, int[] Labels)> Split(Tensor yTrue, Tensor yPred, IReadOnlyList<string>? classNames, string owner)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        int columns = yPred.Rank >= 2 ? yPred.Shape[^1] : 1;
        int rows = columns == 0 ? 0 : yPred.Size / columns;
        if (rows == 0)
        {
            throw new ArgumentException($"{owner} expects at least one prediction, received shape {yPred.Shape}.", nameof(yPred));
        }

        bool oneHot = columns > 1 && yTrue.Size == yPred.Size;
        if (!oneHot && yTrue.Size != rows)
        {
            throw new ArgumentException($"{owner} expects {rows} labels or one-hot targets of shape {yPred.Shape}, received shape {yTrue.Shape}.", nameof(yTrue));
        }

        int classes = Math.Max(columns, 2);
        if (classNames is not null && classNames.Count != classes)
        {
            throw new ArgumentException($"{owner} expects {classes} class names for predictions of shape {yPred.Shape}, received {classNames.Count}.", nameof(classNames));
        }

        int[] truth = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            truth[r] = oneHot ? ArgMax(yTrue, r, columns) : Label(yTrue.GetFlat(r), classes, r, owner);
        }

        string NameOf(int c) => classNames?[c] ?? $"class {c}";
        if (columns == 1)
        {
            double[] scores = [.. Enumerable.Range(0, rows).Select(yPred.GetFlat)];
            return [(NameOf(1), scores, truth)];
        }

        var problems = new List<(string, double[], int[])>();
        for (int c = 0; c < columns; c++)
        {
            int[] labels = [.. truth.Select(t => t == c ? 1 : 0)];
            int positives = labels.Sum();
            if (positives > 0 && positives < rows)
            {
                problems.Add(($"{NameOf(c)} vs rest", [.. Enumerable.Range(0, rows).Select(r => yPred.GetFlat(r * columns + c))], labels));
            }
        }

        if (problems.Count == 0)
        {
            throw new ArgumentException($"{owner} needs at least one class that is the true class of some but not all of the {rows} samples.", nameof(yTrue));
        }

        return problems;
    }

    private static int ArgMax(Tensor t, int row, int columns)
    {
        int best = 0;
        for (int c = 1; c < columns; c++)
        {
            if (t.GetFlat(row * columns + c) > t.GetFlat(row * columns + best))
            {
                best = c;
            }
        }

        return best;
    }

    private static int Label(double value, int classes, int row, string owner)
    {
        if (value != Math.Floor(value) || value < 0 || value >= classes)
        {
            throw new ArgumentException($"{owner} expects class labels in [0, {classes}), received {value} at row {row}.", "yTrue");
        }

        return (int)value;
    }
}
