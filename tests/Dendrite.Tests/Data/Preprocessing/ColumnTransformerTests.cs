// ColumnTransformer: explicit entries with remainder, sklearn's output names, the automatic pipeline from column
// kinds (values computed by hand) and the tensor a model trains on.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Tensors;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class ColumnTransformerTests
{
    internal static DataTable Loans() => Of(
        Num("Income", 10, double.NaN, 30, 40),
        Cat("Home", "rent", "own", null, "rent"),
        Bool("Married", true, null, false, true),
        Num("Age", 20, 30, 40, 50),
        Cat("Status", "good", "bad", "good", "good"));

    [Fact]
    public void Entries_apply_their_steps_and_name_outputs_like_get_feature_names_out()
    {
        var transformer = new ColumnTransformer(
            [
                new ColumnTransformerEntry("num", [new SimpleImputer(ImputeStrategy.Median, addIndicator: true), new MinMaxScaler()], ["Income"]),
                new ColumnTransformerEntry("cat", [new SimpleImputer(ImputeStrategy.MostFrequent), new OneHotEncoder()], ["Home"]),
            ],
            Remainder.Passthrough);
        transformer.Fit(Loans().Drop("Status", "Married"));
        Assert.Equal(["Age"], transformer.RemainderColumns);
        Assert.Equal(["num__Income", "num__missingindicator_Income", "cat__Home_own", "cat__Home_rent", "remainder__Age"], transformer.GetFeatureNamesOut());
        DataTable output = transformer.Transform(Loans().Drop("Status", "Married"));
        Assert.Equal(transformer.GetFeatureNamesOut(), output.ColumnNames);
        // Income imputed with the median 30 → [10, 30, 30, 40], min-max over 10…40.
        Near([0, 2.0 / 3, 2.0 / 3, 1], Values(output, "num__Income"), 1e-12);
        Near([0, 1, 0, 0], Values(output, "num__missingindicator_Income"));
        Near([0, 1, 0, 0], Values(output, "cat__Home_own"));
        Near([20, 30, 40, 50], Values(output, "remainder__Age"));
        Assert.Equal(["num__Income", "num__missingindicator_Income", "cat__Home_own", "cat__Home_rent"],
            new ColumnTransformer(transformer.Entries).Fit(Loans().Drop("Status", "Married")).GetFeatureNamesOut());
    }

    [Fact]
    public void FromTable_builds_the_usual_pipeline_and_the_tensor_holds_hand_computed_values()
    {
        ColumnTransformer transformer = ColumnTransformer.FromTable(Loans(), exclude: ["Status"]);
        transformer.Fit(Loans().Drop("Status"));
        Tensor x = transformer.TransformToTensor(Loans());
        Assert.Equal(
            ["num__Income", "num__Age", "num__missingindicator_Income", "cat__Home_own", "cat__Home_rent", "bool__Married"],
            transformer.GetFeatureNamesOut());
        Assert.Equal(new Shape(4, 6), x.Shape);
        // Income → median 30 → [10, 30, 30, 40]: mean 27.5, variance (17.5² + 2.5² + 2.5² + 12.5²) / 4 = 118.75.
        double s = Math.Sqrt(118.75);
        // The indicator [0, 1, 0, 0] is scaled too (as in an sklearn Pipeline): mean 0.25, std √0.1875.
        double si = Math.Sqrt(0.1875);
        // Age [20, 30, 40, 50]: mean 35, std √125. Home: null → "rent" (most frequent). Married: null → true (2 of 3).
        double sa = Math.Sqrt(125);
        double[][] expected =
        [
            [-17.5 / s, -15 / sa, -0.25 / si, 0, 1, 1],
            [2.5 / s, -5 / sa, 0.75 / si, 1, 0, 1],
            [2.5 / s, 5 / sa, -0.25 / si, 0, 1, 0],
            [12.5 / s, 15 / sa, -0.25 / si, 0, 1, 1],
        ];
        for (int r = 0; r < 4; r++)
        {
            for (int f = 0; f < 6; f++)
            {
                Assert.Equal(expected[r][f], x[r, f], 5);
            }
        }
    }

    [Fact]
    public void FromTable_options_choose_the_scaler_and_group_rare_levels()
    {
        var table = Of(Num("x", 1, 2, 3, 4, 5), Cat("c", "a", "a", "a", "b", "c"));
        ColumnTransformer transformer = ColumnTransformer.FromTable(table, scaling: NumericScaling.MinMax, minFrequency: 2);
        transformer.Fit(table);
        Assert.Equal(["num__x", "cat__c_a", "cat__c_infrequent"], transformer.GetFeatureNamesOut());
        Assert.IsType<MinMaxScaler>(transformer.Entries[0].Steps[1]);
        Assert.Equal(1f, transformer.TransformToTensor(table)[4, 2]);
        Assert.IsType<RobustScaler>(ColumnTransformer.FromTable(table, scaling: NumericScaling.Robust).Entries[0].Steps[1]);
        Assert.Single(ColumnTransformer.FromTable(table, scaling: NumericScaling.None).Entries[0].Steps);
    }

    [Fact]
    public void Outputs_a_model_cannot_take_are_named_with_the_entry_to_fix()
    {
        var table = Of(Num("x", 1, double.NaN), Cat("c", "a", "b"));
        var noImputer = new ColumnTransformer([new ColumnTransformerEntry("num", [new StandardScaler()], ["x"])]).Fit(table);
        var e = Assert.Throws<PreprocessingException>(() => ((ColumnTransformer)noImputer).TransformToTensor(table));
        Assert.Equal("ColumnTransformer output column 'num__x' is missing in row 1; give entry 'num' a SimpleImputer.", e.Message);
        var complete = Of(Num("x", 1, 2), Cat("c", "a", "b"));
        var text = (ColumnTransformer)new ColumnTransformer([new ColumnTransformerEntry("num", [], ["x"])], Remainder.Passthrough).Fit(complete);
        Assert.Equal("ColumnTransformer output column 'remainder__c' is still categorical; give entry 'remainder' an encoder (OneHotEncoder or OrdinalEncoder).",
            Assert.Throws<PreprocessingException>(() => text.TransformToTensor(complete)).Message);
        var absent = Assert.Throws<ArgumentException>(() => new ColumnTransformer([new ColumnTransformerEntry("num", [], ["y"])]).Fit(table));
        Assert.Equal("ColumnTransformer entry 'num' names column(s) y, which the table lacks; the columns are x, c.", absent.Message);
        Assert.Throws<ArgumentException>(() => new ColumnTransformerEntry("remainder", [], ["x"]));
    }
}
