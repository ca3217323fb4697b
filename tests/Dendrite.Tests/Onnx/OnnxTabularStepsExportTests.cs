// The preprocessing steps the automatic ColumnTransformer does not use, exported with the network and run by ONNX
// Runtime on 1,200 raw rows of a generated table (fitted on the first 200, so later rows fall outside the fitted
// ranges and hold unseen categories): mean imputation with indicator before a clipping MinMaxScaler, a boolean
// column imputed with its indicator, a text column imputed with a constant before an
// OrdinalEncoder with unknownValue and a StandardScaler, the same column one-hot encoded in a second entry, and a
// passthrough remainder — probabilities within 1e-5 of Predict, equal labels. A step without an ONNX form is refused.
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxTabularStepsExportTests
{
    [Fact]
    public void ImputersIndicatorsOrdinalClippingAndPassthrough_MatchPredict()
    {
        DataTable table = Generated(1200, seed: 17);
        var features = new ColumnTransformer(
            [
                new ColumnTransformerEntry("num", [new SimpleImputer(ImputeStrategy.Mean, addIndicator: true), new MinMaxScaler((-1, 1), clip: true)], ["a"]),
                new ColumnTransformerEntry("flag", [new SimpleImputer(ImputeStrategy.MostFrequent, addIndicator: true)], ["b"]),
                new ColumnTransformerEntry("ord", [new SimpleImputer(ImputeStrategy.Constant, fillText: "none"), new OrdinalEncoder(unknownValue: -1), new StandardScaler()], ["c"]),
                new ColumnTransformerEntry("hot", [new SimpleImputer(ImputeStrategy.MostFrequent), new OneHotEncoder(HandleUnknown.Ignore)], ["c"]),
            ],
            Remainder.Passthrough);
        TabularPreprocessor prep = TabularPreprocessor.Fit(table.Take([.. Enumerable.Range(0, 200)]), "y", features: features);
        Assert.Equal(["num__a", "num__missingindicator_a", "flag__b", "flag__missingindicator_b", "ord__c", "hot__c_p", "hot__c_q", "hot__c_r", "remainder__d"], prep.FeatureNames);
        var model = new TabularModel(prep, new Sequential([new Input(new Shape(prep.FeatureCount)), new Dense(6, Activation.Tanh), new Dense(1, Activation.Sigmoid)], seed: 92), threshold: 0.4);
        DataTable rows = table.Drop("y");

        TabularPredictions expected = model.Predict(rows);
        Dictionary<string, object> actual = TabularOnnxRuntime.Run(model.ToOnnx(), prep, rows);

        float[] want = expected.Probabilities!.ToArray(), got = (float[])actual["probabilities"];
        Assert.True(want.Zip(got, (x, y) => Math.Abs((double)x - y)).Max() <= OnnxRuntimeCheck.Tolerance);
        Assert.Equal(expected.Labels, (string[])actual["label"]);
        Assert.Contains("p", expected.Labels);
        Assert.Contains("n", expected.Labels);
    }

    [Theory]
    [InlineData(false, "ONNX export of entry 'codes': OrdinalEncoder without unknownValue cannot be exported")]
    [InlineData(true, "ONNX export: SimpleImputer with addIndicator over the text column 'c' is not supported")]
    public void ASettingWithoutAnOnnxForm_IsRefusedNamingIt(bool indicator, string message)
    {
        var features = new ColumnTransformer([new ColumnTransformerEntry("codes", [new SimpleImputer(ImputeStrategy.MostFrequent, addIndicator: indicator), new OrdinalEncoder(indicator ? -1 : null)], ["c"])]);
        TabularPreprocessor prep = TabularPreprocessor.Fit(Generated(100, seed: 18), "y", features: features);
        var model = new TabularModel(prep, new Sequential([new Input(new Shape(prep.FeatureCount)), new Dense(1, Activation.Sigmoid)], seed: 93));

        var error = Assert.Throws<NotSupportedException>(() => model.ToOnnx());

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>a: numeric, 10 % missing, wider after row 200; b: boolean, 10 % missing; c: p/q/r, 10 % missing, "s" (unseen) after row 200; d: numeric; y: p or n.</summary>
    private static DataTable Generated(int n, int seed)
    {
        var random = new Random(seed);
        var a = new double[n];
        var b = new bool?[n];
        var c = new string?[n];
        var d = new double[n];
        var y = new string?[n];
        for (int r = 0; r < n; r++)
        {
            a[r] = random.NextDouble() < 0.1 ? double.NaN : (random.NextDouble() - 0.5) * (r < 200 ? 10 : 20);
            b[r] = random.NextDouble() < 0.1 ? null : random.NextDouble() < 0.6;
            c[r] = random.NextDouble() < 0.1 ? null : r >= 200 && random.NextDouble() < 0.1 ? "s" : ((string[])["p", "q", "r"])[random.Next(3)];
            d[r] = random.NextDouble() * 3;
            y[r] = random.NextDouble() < 0.5 ? "p" : "n";
        }

        return new DataTable([new NumericColumn("a", a), new BooleanColumn("b", b), new CategoricalColumn("c", c), new NumericColumn("d", d), new CategoricalColumn("y", y)]);
    }
}
