// Train/test split as scikit-learn's train_test_split: n_test = ceil(testSize · n), n_train = n − n_test,
// rows drawn by a seeded permutation (Dendrite's RandomGenerator, so the same seed gives the same split).
// Stratified (StratifiedShuffleSplit): each class gives floor(n_test · n_class / n) test rows, and the rows
// left over go to the classes with the largest remainders (ties: larger class, then first-seen class), so
// every class keeps its proportion in both parts to within one row.
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Splits;

/// <summary>Splits a table's rows into a training and a test part, optionally stratified by a class column.</summary>
public static class TrainTestSplit
{
    /// <summary>Draws the test rows at random (seeded); with <paramref name="stratify"/>, per class.</summary>
    /// <param name="table">The table to split.</param>
    /// <param name="testSize">The fraction of rows held out, in (0, 1); default 0.25 (scikit-learn's).</param>
    /// <param name="seed">The random seed; default 0.</param>
    /// <param name="stratify">A column whose class proportions both parts keep; default null (no stratification).</param>
    /// <returns>The training and test row indices, each in drawn order.</returns>
    /// <exception cref="ArgumentException">Either part would be empty, a stratification class has one row, or a part could not hold every class.</exception>
    public static Fold Split(DataTable table, double testSize = 0.25, int seed = 0, string? stratify = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!(testSize > 0 && testSize < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testSize), testSize, "Expected a test fraction strictly between 0 and 1.");
        }

        int n = table.RowCount;
        int nTest = (int)Math.Ceiling(testSize * n);
        if (nTest < 1 || nTest >= n)
        {
            throw new ArgumentException($"Splitting {n} rows with testSize {testSize} leaves {nTest} test and {n - nTest} training rows; expected at least one of each.", nameof(testSize));
        }

        var rng = new RandomGenerator(seed);
        if (stratify is null)
        {
            int[] order = [.. Enumerable.Range(0, n)];
            rng.Shuffle<int>(order);
            return new Fold(order[nTest..], order[..nTest]);
        }

        return Stratified(table, stratify, nTest, rng);
    }

    /// <summary>The training and test tables for <paramref name="fold"/>.</summary>
    /// <param name="table">The table that was split.</param>
    /// <param name="fold">The rows of each part.</param>
    /// <returns>The training rows and the test rows as tables.</returns>
    public static (DataTable Train, DataTable Test) Apply(DataTable table, Fold fold)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(fold);
        return (table.Take(fold.Train), table.Take(fold.Test));
    }

    private static Fold Stratified(DataTable table, string stratify, int nTest, RandomGenerator rng)
    {
        (int[] codes, int classes) = ClassLabels.Encode(table, stratify);
        int n = codes.Length;
        var members = Enumerable.Range(0, classes).Select(_ => new List<int>()).ToArray();
        for (int r = 0; r < n; r++)
        {
            members[codes[r]].Add(r);
        }

        if (members.FirstOrDefault(m => m.Count < 2) is { } lone)
        {
            throw new ArgumentException($"Cannot stratify by '{stratify}': class '{table[stratify].Format(lone[0])}' has {lone.Count} row; expected at least 2 per class.", nameof(stratify));
        }

        if (nTest < classes || n - nTest < classes)
        {
            throw new ArgumentException($"Cannot stratify by '{stratify}': {nTest} test and {n - nTest} training rows cannot each hold all {classes} classes.", nameof(stratify));
        }

        var take = new int[classes];
        for (int k = 0; k < classes; k++)
        {
            take[k] = (int)((long)nTest * members[k].Count / n);
        }

        int left = nTest - take.Sum();
        foreach (int k in Enumerable.Range(0, classes)
            .OrderByDescending(k => ((double)nTest * members[k].Count / n) - take[k]).ThenByDescending(k => members[k].Count).Take(left))
        {
            take[k]++;
        }

        var train = new List<int>();
        var test = new List<int>();
        for (int k = 0; k < classes; k++)
        {
            int[] rows = [.. members[k]];
            rng.Shuffle<int>(rows);
            test.AddRange(rows[..take[k]]);
            train.AddRange(rows[take[k]..]);
        }

        int[] trainRows = [.. train], testRows = [.. test];
        rng.Shuffle<int>(trainRows);
        rng.Shuffle<int>(testRows);
        return new Fold(trainRows, testRows);
    }
}
