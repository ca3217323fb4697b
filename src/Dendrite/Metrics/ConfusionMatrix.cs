// ConfusionMatrix: counts of (true class, predicted class) over every batch since the reset, as
// scikit-learn's confusion_matrix (rows = true class, columns = predicted class; C[i, j] = samples of class i
// predicted as j) and Keras' metrics_utils.confusion_matrix. Predictions are read as a classifier's output:
//   one column (batch,) or (batch, 1): binary, predicted class = [p > threshold], true class = the 0/1 label;
//   several columns (batch, classes): predicted class = argmax (first on ties); targets one-hot (argmax) or labels.
// Sample weights must be whole numbers (0 masks a sample, 2 counts it twice), so the matrix stays integer.
// Result() is the accuracy, trace / total, the scalar for logs; Matrix gives the counts.
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>Counts of true class against predicted class, accumulated over batches.</summary>
/// <remarks><c>C[i, j]</c> = samples of true class i predicted as class j; <c>Result() = Σ C[i, i] / Σ C</c> (the accuracy).</remarks>
public sealed class ConfusionMatrix : Metric
{
    private int[,] _counts;

    /// <summary>Creates a confusion matrix.</summary>
    /// <param name="numClasses">The number of classes, ≥ 2; default null = from the first batch (2 for one output column).</param>
    /// <param name="threshold">The binary decision threshold; default 0.5.</param>
    /// <param name="name">The log key; default <c>confusion_matrix</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numClasses"/> &lt; 2.</exception>
    public ConfusionMatrix(int? numClasses = null, double threshold = 0.5, string name = "confusion_matrix")
        : base(name)
    {
        if (numClasses is int n && n < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(numClasses), n, $"ConfusionMatrix expects numClasses ≥ 2, received {n}.");
        }

        Threshold = threshold;
        _counts = new int[numClasses ?? 0, numClasses ?? 0];
    }

    /// <summary>The binary decision threshold.</summary>
    public double Threshold { get; }

    /// <summary>The number of classes (0 before the first batch when not given).</summary>
    public int NumClasses => _counts.GetLength(0);

    /// <summary>A copy of the counts: rows = true class, columns = predicted class.</summary>
    public int[,] Matrix => (int[,])_counts.Clone();

    /// <summary>The number of samples counted (weights included).</summary>
    public int Total => _counts.Cast<int>().Sum();

    /// <summary>Accumulates one batch of predictions (probabilities or scores).</summary>
    /// <param name="yTrue">Labels (batch,) or (batch, 1), or one-hot targets of the predictions' shape.</param>
    /// <param name="yPred">(batch,) or (batch, 1) binary scores, or (batch, classes) scores.</param>
    /// <param name="sampleWeight">Whole, non-negative weights, one per sample; default null = 1.</param>
    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        int cols = yPred.Rank >= 2 ? yPred.Shape[^1] : 1;
        int rows = cols == 0 ? 0 : yPred.Size / cols;
        bool oneHot = cols > 1 && yTrue.Size == yPred.Size;
        if (!oneHot && yTrue.Size != rows)
        {
            throw new ShapeMismatchException($"ConfusionMatrix expects {rows} labels or one-hot targets of shape {yPred.Shape}, received {yTrue.Shape}.");
        }

        EnsureClasses(cols == 1 ? 2 : cols, yPred.Shape);
        var trueClasses = new int[rows];
        var predictedClasses = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            trueClasses[r] = oneHot ? CategoricalAccuracy.ArgMax(yTrue, r, cols) : FBetaScore.ClassLabel(yTrue.GetFlat(r), NumClasses, r, nameof(ConfusionMatrix));
            predictedClasses[r] = cols == 1 ? (yPred.GetFlat(r) > Threshold ? 1 : 0) : CategoricalAccuracy.ArgMax(yPred, r, cols);
        }

        Add(trueClasses, predictedClasses, SampleWeights.PerSample(sampleWeight, rows, nameof(ConfusionMatrix)));
    }

    /// <summary>Accumulates predicted class labels directly, as scikit-learn's confusion_matrix(y_true, y_pred).</summary>
    /// <param name="yTrue">The true class of each sample, in [0, classes).</param>
    /// <param name="yPred">The predicted class of each sample, in [0, classes).</param>
    /// <exception cref="ShapeMismatchException">The spans differ in length.</exception>
    /// <exception cref="InvalidTargetException">A label outside [0, classes), classes being <c>numClasses</c> or 1 + the largest label seen first.</exception>
    public void UpdateLabels(ReadOnlySpan<int> yTrue, ReadOnlySpan<int> yPred)
    {
        if (yTrue.Length != yPred.Length)
        {
            throw new ShapeMismatchException($"ConfusionMatrix.UpdateLabels expects as many predicted labels as true labels ({yTrue.Length}), received {yPred.Length}.");
        }

        int largest = 1;
        foreach (int label in yTrue)
        {
            largest = Math.Max(largest, label);
        }

        foreach (int label in yPred)
        {
            largest = Math.Max(largest, label);
        }

        if (NumClasses == 0)
        {
            EnsureClasses(largest + 1, new Shape(yPred.Length));
        }

        for (int i = 0; i < yTrue.Length; i++)
        {
            FBetaScore.ClassLabel(yTrue[i], NumClasses, i, nameof(ConfusionMatrix));
            FBetaScore.ClassLabel(yPred[i], NumClasses, i, nameof(ConfusionMatrix));
        }

        Add(yTrue, yPred, weights: null);
    }

    /// <summary>The accuracy: the diagonal's share of all counts (0 before any sample).</summary>
    public override double Result()
    {
        int diagonal = 0;
        for (int i = 0; i < NumClasses; i++)
        {
            diagonal += _counts[i, i];
        }

        int total = Total;
        return total == 0 ? 0.0 : (double)diagonal / total;
    }

    /// <inheritdoc/>
    public override void ResetState() => Array.Clear(_counts);

    /// <inheritdoc/>
    public override string ToString()
    {
        int width = Math.Max(1, _counts.Cast<int>().Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).DefaultIfEmpty(1).Max());
        var lines = Enumerable.Range(0, NumClasses).Select(i =>
            "[" + string.Join(" ", Enumerable.Range(0, NumClasses).Select(j => _counts[i, j].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width))) + "]");
        return $"{Name}:\n[" + string.Join("\n ", lines) + "]";
    }

    private void EnsureClasses(int classes, Shape shape)
    {
        if (NumClasses == 0)
        {
            _counts = new int[classes, classes];
        }
        else if (classes > NumClasses || (shape.Rank >= 2 && shape[^1] > 1 && shape[^1] != NumClasses))
        {
            throw new ShapeMismatchException($"ConfusionMatrix counts {NumClasses} classes, received data with {classes} classes (shape {shape}).");
        }
    }

    private void Add(ReadOnlySpan<int> trueClasses, ReadOnlySpan<int> predictedClasses, double[]? weights)
    {
        for (int i = 0; i < trueClasses.Length; i++)
        {
            double w = weights?[i] ?? 1.0;
            if (!(w >= 0) || w != Math.Floor(w))
            {
                throw new ArgumentException($"ConfusionMatrix expects whole, non-negative sample weights, received {w} for sample {i}.", "sampleWeight");
            }

            _counts[trueClasses[i], predictedClasses[i]] += (int)w;
        }
    }
}
