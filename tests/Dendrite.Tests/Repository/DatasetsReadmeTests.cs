// datasets/README.md lists the SHA-256 of every bundled CSV (the block `sha256sum datasets/*.csv` prints): each file
// in datasets/ must be listed with its true hash and each listed file must exist, so a re-export that changes a
// byte, or a file added without its entry, fails here. The time series the README describes is checked for the facts
// it states.
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Dendrite.Tests.Repository;

public class DatasetsReadmeTests
{
    private static string DatasetsFolder => Path.Combine(RepositoryPaths.Root, "datasets");

    [Fact]
    public void Readme_ListsEveryBundledCsvWithItsSha256()
    {
        string readme = File.ReadAllText(Path.Combine(DatasetsFolder, "README.md"));
        Dictionary<string, string> listed = Regex.Matches(readme, @"^ {4}([0-9a-f]{64})  datasets/(\S+\.csv)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        string[] files = [.. Directory.GetFiles(DatasetsFolder, "*.csv").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
        Assert.Contains("sunspot_month.csv", files);
        Assert.Equal(files, listed.Keys.Order(StringComparer.Ordinal));
        foreach (string file in files)
        {
            Assert.True(listed[file] == Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(DatasetsFolder, file)))), $"datasets/{file} does not match its SHA-256 in datasets/README.md.");
        }
    }

    [Fact]
    public void SunspotSeries_HasTheMonthsTheReadmeStates()
    {
        // datasets/README.md: 3177 months, 1749-01 to 2013-09, no missing month, values 0 to 253.8; R prints
        // sunspot.month[1:2] as 58.0 62.6.
        string[] lines = File.ReadAllLines(Path.Combine(DatasetsFolder, "sunspot_month.csv"));
        Assert.Equal("date,value", lines[0]);
        Assert.Equal(3177, lines.Length - 1);
        Assert.Equal(["1749-01,58", "1749-02,62.6"], lines[1..3]);
        Assert.StartsWith("2013-09,", lines[^1], StringComparison.Ordinal);
        for (int i = 1; i < lines.Length; i++)
        {
            int month = (int.Parse(lines[i][..4], CultureInfo.InvariantCulture) * 12) + int.Parse(lines[i][5..7], CultureInfo.InvariantCulture) - 1;
            Assert.Equal((1749 * 12) + i - 1, month); // consecutive months, none missing
        }

        double[] values = [.. lines[1..].Select(l => double.Parse(l[8..], CultureInfo.InvariantCulture))];
        Assert.Equal((0, 253.8), (values.Min(), values.Max()));
    }
}
