// DataSplit: seeded train/test splits of row indices, as scikit-learn's train_test_split. Stratified: each class's
// rows are shuffled with the seed and round(count · testFraction) of them go to the test set, so both sets keep the
// class balance; the training rows are then shuffled once more (so a validationSplit taken from their end mixes
// the classes) and the test rows are sorted. Shuffled: all rows shuffled, the first round(n · testFraction) test.
using Dendrite.Tensors;

namespace Dendrite.Examples;

/// <summary>Seeded train/test splits of row indices.</summary>
public static class DataSplit
{
    /// <summary>Splits rows so that each class keeps its share in both sets.</summary>
    /// <param name="labels">The class code of each row.</param>
    /// <param name="testFraction">The fraction of each class held out for testing, in (0, 1).</param>
    /// <param name="seed">Seeds the shuffles.</param>
    /// <returns>The training rows (shuffled) and the test rows (sorted).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="testFraction"/> is outside (0, 1).</exception>
    public static (int[] Train, int[] Test) Stratified(IReadOnlyList<int> labels, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        CheckFraction(testFraction);
        var random = new RandomGenerator(seed);
        var train = new List<int>();
        var test = new List<int>();
        foreach (int c in labels.Distinct().Order())
        {
            int[] rows = [.. Enumerable.Range(0, labels.Count).Where(r => labels[r] == c)];
            random.Shuffle<int>(rows);
            int nTest = (int)Math.Round(rows.Length * testFraction);
            test.AddRange(rows[..nTest]);
            train.AddRange(rows[nTest..]);
        }

        int[] trainRows = [.. train];
        random.Shuffle<int>(trainRows);
        return (trainRows, [.. test.Order()]);
    }

    /// <summary>Splits rows at random, for targets without classes (regression).</summary>
    /// <param name="count">The number of rows.</param>
    /// <param name="testFraction">The fraction held out for testing, in (0, 1).</param>
    /// <param name="seed">Seeds the shuffle.</param>
    /// <returns>The training rows (shuffled) and the test rows (sorted).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="testFraction"/> is outside (0, 1).</exception>
    public static (int[] Train, int[] Test) Shuffled(int count, double testFraction, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        CheckFraction(testFraction);
        int[] rows = [.. Enumerable.Range(0, count)];
        new RandomGenerator(seed).Shuffle<int>(rows);
        int nTest = (int)Math.Round(count * testFraction);
        return (rows[nTest..], [.. rows[..nTest].Order()]);
    }

    private static void CheckFraction(double testFraction)
    {
        if (!(testFraction is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "DataSplit expects a test fraction in (0, 1).");
        }
    }
}
