using Dendrite.Data.Splits;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Splits;

public class SplitTests
{
    // 100 rows: 70 "good", 30 "bad", interleaved.
    private static DataTable Loans() => new(
    [
        new CategoricalColumn("status", [.. Enumerable.Range(0, 100).Select(i => i % 10 < 7 ? "good" : "bad")]),
        new NumericColumn("x", [.. Enumerable.Range(0, 100).Select(i => (double)i)]),
    ]);

    private static int Count(DataTable t, int[] rows, string label) => rows.Count(r => ((CategoricalColumn)t["status"])[r] == label);

    [Fact]
    public void Train_test_split_sizes_as_scikit_learn_and_partitions_the_rows()
    {
        // scikit-learn's train_test_split docs: 5 rows, test_size=0.33 -> ceil(1.65) = 2 test rows, 3 training rows.
        var five = new DataTable([new NumericColumn("x", [0, 1, 2, 3, 4])]);
        Fold f = TrainTestSplit.Split(five, testSize: 0.33, seed: 42);

        Assert.Equal((3, 2), (f.Train.Length, f.Test.Length));
        Assert.Equal(Enumerable.Range(0, 5), f.Train.Concat(f.Test).Order());
    }

    [Fact]
    public void Same_seed_same_split_and_another_seed_another()
    {
        DataTable t = Loans();
        Fold a = TrainTestSplit.Split(t, 0.2, seed: 7), b = TrainTestSplit.Split(t, 0.2, seed: 7), c = TrainTestSplit.Split(t, 0.2, seed: 8);

        Assert.Equal(a.Test, b.Test);
        Assert.Equal(a.Train, b.Train);
        Assert.NotEqual(a.Test, c.Test);
    }

    [Fact]
    public void Stratified_split_keeps_class_proportions()
    {
        DataTable t = Loans();
        Fold f = TrainTestSplit.Split(t, testSize: 0.2, seed: 3, stratify: "status");

        // 20 test rows: 70% good -> 14, 30% bad -> 6; training 56 / 24.
        Assert.Equal((14, 6), (Count(t, f.Test, "good"), Count(t, f.Test, "bad")));
        Assert.Equal((56, 24), (Count(t, f.Train, "good"), Count(t, f.Train, "bad")));
        Assert.Equal(Enumerable.Range(0, 100), f.Train.Concat(f.Test).Order());
        (DataTable train, DataTable test) = TrainTestSplit.Apply(t, f);
        Assert.Equal((80, 20), (train.RowCount, test.RowCount));
    }

    [Fact]
    public void Stratified_split_rejects_a_class_of_one_row_and_missing_labels()
    {
        var t = new DataTable([new CategoricalColumn("y", ["a", "a", "a", "b"])]);
        var m = new DataTable([new CategoricalColumn("y", ["a", null, "a", "b"])]);

        Assert.StartsWith("Cannot stratify by 'y': class 'b' has 1 row", Assert.Throws<ArgumentException>(() => TrainTestSplit.Split(t, 0.5, stratify: "y")).Message);
        Assert.StartsWith("Cannot stratify by 'y': row 1 has no value", Assert.Throws<ArgumentException>(() => TrainTestSplit.Split(m, 0.5, stratify: "y")).Message);
    }

    [Fact]
    public void KFold_matches_the_scikit_learn_example_and_partitions_the_rows()
    {
        // scikit-learn KFold docs: 4 rows, n_splits=2 -> test [0 1] then [2 3].
        IReadOnlyList<Fold> folds = new KFold(nSplits: 2).Split(4);
        Assert.Equal([0, 1], folds[0].Test);
        Assert.Equal([2, 3], folds[0].Train);
        Assert.Equal([2, 3], folds[1].Test);

        // 10 rows in 3 folds: sizes 4, 3, 3; shuffled test parts still partition the rows, and no row is both.
        IReadOnlyList<Fold> shuffled = new KFold(3, shuffle: true, seed: 1).Split(10);
        Assert.Equal([4, 3, 3], shuffled.Select(f => f.Test.Length));
        Assert.Equal(Enumerable.Range(0, 10), shuffled.SelectMany(f => f.Test).Order());
        Assert.All(shuffled, f => Assert.Empty(f.Train.Intersect(f.Test)));
        Assert.Equal(shuffled[0].Test, new KFold(3, shuffle: true, seed: 1).Split(10)[0].Test);
    }

    [Fact]
    public void StratifiedKFold_matches_the_scikit_learn_example_and_keeps_proportions()
    {
        // scikit-learn StratifiedKFold docs: y = [0, 0, 1, 1], n_splits=2 -> fold 0 test [0 2], fold 1 test [1 3].
        var small = new DataTable([new NumericColumn("y", [0, 0, 1, 1])]);
        IReadOnlyList<Fold> example = new StratifiedKFold(2).Split(small, "y");
        Assert.Equal([0, 2], example[0].Test);
        Assert.Equal([1, 3], example[1].Test);

        DataTable t = Loans();
        IReadOnlyList<Fold> folds = new StratifiedKFold(5, shuffle: true, seed: 11).Split(t, "status");
        Assert.All(folds, f => Assert.Equal((14, 6), (Count(t, f.Test, "good"), Count(t, f.Test, "bad"))));
        Assert.Equal(Enumerable.Range(0, 100), folds.SelectMany(f => f.Test).Order());
    }
}
