// bench/reference/loan_default_splits.json, which the PyTorch / scikit-learn reference of the LoanDefault example
// reads, holds exactly the training rows (in order) of TrainTestSplit.Split(credit_data, testSize: 0.2, seed,
// stratify: "Status") for every seed the example reports, so the reference trains and tests on the example's rows.
using System.Text.Json;
using Dendrite.Data.Csv;
using Dendrite.Data.Splits;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Repository;

public sealed class ReferenceSplitTests
{
    [Fact]
    public void The_loan_default_reference_uses_the_examples_training_rows()
    {
        DataTable table = CsvFile.Read(Path.Combine(RepositoryPaths.Root, "datasets", "credit_data.csv"));
        using JsonDocument splits = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "bench", "reference", "loan_default_splits.json")));

        Assert.Equal(["42", "0", "1", "2", "7"], splits.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (JsonProperty seed in splits.RootElement.EnumerateObject())
        {
            Fold fold = TrainTestSplit.Split(table, testSize: 0.2, seed: int.Parse(seed.Name, System.Globalization.CultureInfo.InvariantCulture), stratify: "Status");
            int[] train = [.. seed.Value.EnumerateArray().Select(r => r.GetInt32())];
            Assert.Equal(fold.Train, train);
            Assert.Equal(891, fold.Test.Length); // ceil(0.2 · 4454); the reference takes the rows not in train
            Assert.Equal(Enumerable.Range(0, table.RowCount), fold.Train.Concat(fold.Test).Order());
        }
    }
}
