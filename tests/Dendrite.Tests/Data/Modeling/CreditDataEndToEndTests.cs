// End to end on the bundled credit_data.csv (4,454 loans, 455 missing cells, text categories): read with the CSV
// reader, fit the automatic preprocessing on 80 % of the rows, train a small MLP, save, load and predict the
// held-out raw rows identically.
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;
using Dendrite.Tests.Models.Saving;
using Dendrite.Tests.Repository;

namespace Dendrite.Tests.Data.Modeling;

public sealed class CreditDataEndToEndTests
{
    [Fact]
    public void Credit_data_trains_saves_loads_and_predicts_raw_rows()
    {
        DataTable data = CsvFile.Read(Path.Combine(RepositoryPaths.Root, "datasets", "credit_data.csv"));
        int[] testRows = [.. Enumerable.Range(0, data.RowCount).Where(r => r % 5 == 0)];
        DataTable train = data.Take([.. Enumerable.Range(0, data.RowCount).Where(r => r % 5 != 0)]), test = data.Take(testRows);

        TabularPreprocessor prep = TabularPreprocessor.Fit(train, "Status");
        Assert.Equal(TabularTask.Binary, prep.Task);
        Assert.Contains("num__missingindicator_Income", prep.FeatureNames);
        Assert.Contains("cat__Home_rent", prep.FeatureNames);
        TabularModel model = TabularModelTests.Train(train, prep, epochs: 5);
        Assert.True(model.Evaluate(test)["accuracy"] > 0.75, "a small MLP beats the 72 % majority class on the held-out loans");

        using var dir = new TempDirectory();
        model.Save(dir.File("credit.dendrite"));
        TabularModel loaded = TabularModel.Load(dir.File("credit.dendrite"));
        DataTable raw = test.Drop("Status");
        Assert.Equal(model.Predict(raw).Outputs.ToArray(), loaded.Predict(raw).Outputs.ToArray());
        Assert.Equal(model.Predict(raw).Labels, loaded.Predict(raw).Labels);
    }
}
