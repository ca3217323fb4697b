// Stratified k-fold as scikit-learn's StratifiedKFold (sklearn/model_selection/_split.py, _make_test_folds):
// classes are numbered by first appearance; the rows sorted by class are dealt round-robin to the folds, which
// fixes how many rows of each class every fold gets (allocation[i][k] = count of class k among sorted rows
// i, i + nSplits, …); within each class the fold numbers are assigned in row order, or shuffled when asked.
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Splits;

/// <summary>k-fold cross-validation whose folds keep the class proportions of a column.</summary>
/// <param name="nSplits">The number of folds, at least 2; default 5 (scikit-learn's).</param>
/// <param name="shuffle">Whether to shuffle each class's rows among the folds; default false.</param>
/// <param name="seed">The seed of the shuffle when <paramref name="shuffle"/> is set; default 0.</param>
public sealed class StratifiedKFold(int nSplits = 5, bool shuffle = false, int seed = 0)
{
    /// <summary>The number of folds.</summary>
    public int NSplits { get; } = nSplits >= 2 ? nSplits : throw new ArgumentOutOfRangeException(nameof(nSplits), nSplits, "Expected at least 2 folds.");

    /// <summary>The <see cref="NSplits"/> splits of <paramref name="table"/>'s rows, stratified by <paramref name="stratify"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stratify">The class column whose proportions each fold keeps.</param>
    /// <returns>One fold per split; the test parts partition the rows.</returns>
    /// <exception cref="ArgumentException">A class is missing on some row, or no class has as many rows as there are folds.</exception>
    public IReadOnlyList<Fold> Split(DataTable table, string stratify)
    {
        ArgumentNullException.ThrowIfNull(table);
        (int[] codes, int classes) = ClassLabels.Encode(table, stratify);
        var counts = new int[classes];
        foreach (int c in codes)
        {
            counts[c]++;
        }

        if (classes == 0 || counts.Max() < NSplits)
        {
            throw new ArgumentException($"Cannot cut '{stratify}' into {NSplits} stratified folds: its largest class has {(classes == 0 ? 0 : counts.Max())} rows; expected at least {NSplits}.", nameof(stratify));
        }

        int[] sorted = [.. codes.Order()];
        var allocation = new int[NSplits, classes];
        for (int j = 0; j < sorted.Length; j++)
        {
            allocation[j % NSplits, sorted[j]]++;
        }

        var rng = new RandomGenerator(seed);
        var testFold = new int[codes.Length];
        for (int k = 0; k < classes; k++)
        {
            var folds = new List<int>();
            for (int i = 0; i < NSplits; i++)
            {
                folds.AddRange(Enumerable.Repeat(i, allocation[i, k]));
            }

            int[] forClass = [.. folds];
            if (shuffle)
            {
                rng.Shuffle<int>(forClass);
            }

            int next = 0;
            for (int r = 0; r < codes.Length; r++)
            {
                if (codes[r] == k)
                {
                    testFold[r] = forClass[next++];
                }
            }
        }

        return KFold.FoldsFrom(testFold, NSplits, [.. Enumerable.Range(0, codes.Length)]);
    }
}
