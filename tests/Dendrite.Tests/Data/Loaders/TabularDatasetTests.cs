using System.Security.Cryptography;
using Dendrite.Data.Exploration;
using Dendrite.Data.Loaders;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Loaders;

public class TabularDatasetTests
{
    [Fact]
    public void Every_bundled_dataset_loads_with_its_target()
    {
        foreach (TabularDataset d in TabularDataset.All)
        {
            DataTable t = d.Load(BundledPaths.Dataset(d.FileName));
            Assert.True(t.Contains(d.Target), d.FileName);
            Assert.All(d.Drop, c => Assert.False(t.Contains(c)));
            Assert.All(d.Categorical, c => Assert.Equal(ColumnKind.Categorical, t[c].Kind));
        }
    }

    [Fact]
    public void Loaded_tables_match_the_dataset_notes()
    {
        // shared/datasets/README.md: Pima 768 x 9, neg 500 / pos 268, 652 missing; Boston 506 x 19 less medv and tract, chas 0/1.
        DataTable pima = TabularDataset.PimaIndiansDiabetes.Load(BundledPaths.Dataset("PimaIndiansDiabetes2.csv"));
        DataTable boston = TabularDataset.BostonHousing.Load(BundledPaths.Dataset("BostonHousing2.csv"));

        Assert.Equal((768, 9, 652), (pima.RowCount, pima.Columns.Count, pima.MissingValues().TotalMissing));
        Assert.Equal([("neg", 500), ("pos", 268)], pima.ClassBalance("diabetes").Classes.Select(c => (c.Level, c.Count)));
        Assert.Equal((506, 17), (boston.RowCount, boston.Columns.Count));
        Assert.Equal(["0", "1"], ((CategoricalColumn)boston["chas"]).Levels());
    }

    [Theory]
    [InlineData("credit_data.csv", "43c83a4630f1995f00b456becc4a84219616a2f2bae445e86c706264cc9050a4")]
    [InlineData("PimaIndiansDiabetes2.csv", "faaf583f3fe15dc4028f6698775f52b749083093bd0387535ea19e368887d66a")]
    [InlineData("BostonHousing2.csv", "4fb243bfca66154d2a71d1e2c81a3284b8d716621fdef81bb497ee46fc579c67")]
    public void Bundled_files_are_byte_for_byte_the_shared_ones(string file, string sha256)
    {
        // The SHA-256 sums of shared/datasets/SHA256SUMS, also listed in datasets/README.md.
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(BundledPaths.Dataset(file)))));
    }

    [Fact]
    public void Missing_file_names_the_dataset()
    {
        var e = Assert.Throws<FileNotFoundException>(() => TabularDataset.CreditData.Load("/nonexistent/credit_data.csv"));
        Assert.StartsWith("Dataset credit_data.csv not found at '/nonexistent/credit_data.csv'", e.Message);
    }
}
