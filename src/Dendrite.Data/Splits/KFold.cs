// k-fold cross-validation as scikit-learn's KFold: the rows (permuted first when shuffle is set) are cut into
// nSplits consecutive folds, the first n % nSplits of them one row larger; fold i is the test part of split i
// and every other row its training part (in ascending row order).
using Dendrite.Tensors;

namespace Dendrite.Data.Splits;

/// <summary>Splits row indices into k folds; each fold is held out once.</summary>
/// <param name="nSplits">The number of folds, at least 2; default 5 (scikit-learn's).</param>
/// <param name="shuffle">Whether to permute the rows before cutting the folds; default false.</param>
/// <param name="seed">The seed of the permutation when <paramref name="shuffle"/> is set; default 0.</param>
public sealed class KFold(int nSplits = 5, bool shuffle = false, int seed = 0)
{
    /// <summary>The number of folds.</summary>
    public int NSplits { get; } = nSplits >= 2 ? nSplits : throw new ArgumentOutOfRangeException(nameof(nSplits), nSplits, "Expected at least 2 folds.");

    /// <summary>The <see cref="NSplits"/> splits of <paramref name="rowCount"/> rows.</summary>
    /// <param name="rowCount">The number of rows, at least <see cref="NSplits"/>.</param>
    /// <returns>One fold per split; the test parts partition the rows.</returns>
    /// <exception cref="ArgumentException">There are fewer rows than folds.</exception>
    public IReadOnlyList<Fold> Split(int rowCount)
    {
        if (rowCount < NSplits)
        {
            throw new ArgumentException($"Cannot cut {rowCount} rows into {NSplits} folds; expected at least one row per fold.", nameof(rowCount));
        }

        int[] order = [.. Enumerable.Range(0, rowCount)];
        if (shuffle)
        {
            new RandomGenerator(seed).Shuffle<int>(order);
        }

        var testFold = new int[rowCount];
        int start = 0;
        for (int i = 0; i < NSplits; i++)
        {
            int size = (rowCount / NSplits) + (i < rowCount % NSplits ? 1 : 0);
            for (int j = start; j < start + size; j++)
            {
                testFold[order[j]] = i;
            }

            start += size;
        }

        return FoldsFrom(testFold, NSplits, order);
    }

    /// <summary>The splits whose test parts are the rows with each fold number, test rows in <paramref name="order"/>.</summary>
    internal static IReadOnlyList<Fold> FoldsFrom(int[] testFold, int folds, int[] order) =>
        [.. Enumerable.Range(0, folds).Select(i => new Fold(
            [.. Enumerable.Range(0, testFold.Length).Where(r => testFold[r] != i)],
            [.. order.Where(r => testFold[r] == i)]))];
}
