// Fitted transformers saved as JSON and read back transform identically; damaged or foreign JSON is named.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class TransformerJsonTests
{
    public static TheoryData<string> Kinds => ["SimpleImputer", "StandardScaler", "MinMaxScaler", "RobustScaler", "OneHotEncoder", "OrdinalEncoder", "ColumnTransformer"];

    private static (Transformer Transformer, DataTable Train, DataTable Rows) Case(string kind)
    {
        DataTable numbers = Of(Num("a", 1, double.NaN, 4, 9), Num("b", 2, 2, 5, 7));
        DataTable text = Of(Cat("c", "x", "y", "x", "z"));
        DataTable loans = ColumnTransformerTests.Loans().Drop("Status");
        return kind switch
        {
            "SimpleImputer" => (new SimpleImputer(ImputeStrategy.Median, addIndicator: true), numbers, Of(Num("a", double.NaN, 3), Num("b", double.NaN, 1))),
            "StandardScaler" => (new StandardScaler(), numbers, Of(Num("a", 0.1, 5), Num("b", 3, double.NaN))),
            "MinMaxScaler" => (new MinMaxScaler(featureRange: (-2, 3), clip: true), numbers, Of(Num("a", 0.1, 50), Num("b", 3, 4))),
            "RobustScaler" => (new RobustScaler(quantileRange: (10, 80)), numbers, Of(Num("a", 0.1, 5), Num("b", 3, 4))),
            "OneHotEncoder" => (new OneHotEncoder(HandleUnknown.InfrequentIfExist, maxCategories: 2), text, Of(Cat("c", "y", "w", "x"))),
            "OrdinalEncoder" => (new OrdinalEncoder(unknownValue: double.NaN), text, Of(Cat("c", "y", "w", null))),
            _ => (ColumnTransformer.FromTable(loans, minFrequency: 2), loans, Of(Num("Income", double.NaN), Cat("Home", "castle"), Bool("Married", [null]), Num("Age", 33))),
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_transformer_read_back_from_JSON_transforms_identically(string kind)
    {
        var (transformer, train, rows) = Case(kind);
        transformer.Fit(train);
        string json = transformer.ToJson();
        Transformer copy = Transformer.FromJson(json);
        Assert.IsType(transformer.GetType(), copy);
        Assert.Equal(transformer.GetFeatureNamesOut(), copy.GetFeatureNamesOut());
        Assert.Equal(json, copy.ToJson());
        DataTable expected = transformer.Transform(rows), actual = copy.Transform(rows);
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        for (int c = 0; c < expected.Columns.Count; c++)
        {
            for (int r = 0; r < expected.RowCount; r++)
            {
                Assert.Equal(expected.Columns[c].Format(r), actual.Columns[c].Format(r));
            }
        }
    }

    [Fact]
    public void The_JSON_names_the_kind_and_version()
    {
        string json = new StandardScaler().Fit(Of(Num("a", 1, 3))).ToJson();
        Assert.StartsWith("{\"kind\":\"StandardScaler\",\"version\":1,\"feature_names_in\":[\"a\"],\"feature_kinds_in\":[\"Numeric\"],\"state\":{\"with_mean\":true,\"with_std\":true,\"mean\":[2],\"scale\":[1]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kinds_newer_versions_and_corrupt_JSON_are_named()
    {
        string json = new StandardScaler().Fit(Of(Num("a", 1, 3))).ToJson();
        var unknown = Assert.Throws<FormatException>(() => Transformer.FromJson(json.Replace("StandardScaler", "QuantileTransformer", StringComparison.Ordinal)));
        Assert.Equal("Unknown transformer kind 'QuantileTransformer'; the known kinds are SimpleImputer, StandardScaler, MinMaxScaler, RobustScaler, PowerTransformer, OneHotEncoder, OrdinalEncoder, ColumnTransformer.", unknown.Message);
        var newer = Assert.Throws<FormatException>(() => Transformer.FromJson(json.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal)));
        Assert.Equal("StandardScaler state has version 2; this Dendrite reads versions 1 to 1.", newer.Message);
        Assert.StartsWith("Transformer JSON is not valid: ", Assert.Throws<FormatException>(() => Transformer.FromJson(json[..^5])).Message, StringComparison.Ordinal);
        var wrongSize = Assert.Throws<FormatException>(() => Transformer.FromJson(json.Replace("\"mean\":[2]", "\"mean\":[2,3]", StringComparison.Ordinal)));
        Assert.Equal("StandardScaler state is not valid: expected 1 means and scales.", wrongSize.Message);
        Assert.StartsWith("StandardScaler state is not valid: ", Assert.Throws<FormatException>(() => Transformer.FromJson(json.Replace("\"with_std\":true", "\"with_std\":\"yes\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new StandardScaler().ToJson());
    }
}
