// PowerTransformer (Yeo-Johnson) against scikit-learn 1.2.1. The expected numbers were printed by
//   /usr/bin/python3 -c "import numpy as np; from sklearn.preprocessing import PowerTransformer;
//     X = np.array([[1.0, -3.0], [2.0, -1.0], [3.0, 0.0], [5.0, 0.5], [10.0, 2.0], [40.0, 2.5], [0.0, 3.0]]);
//     pt = PowerTransformer().fit(X); np.set_printoptions(precision=17);
//     print(repr(pt.lambdas_)); print(repr(pt.transform(X))); print(repr(pt.transform(np.array([[100.0, -10.0]]))));
//     print(repr(PowerTransformer(standardize=False).fit(X).transform(X)))"
// Column a is right-skewed and non-negative; column b crosses zero, so both branches of ψ are used.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class PowerTransformerTests
{
    private static DataTable Skewed() => Of(Num("a", 1, 2, 3, 5, 10, 40, 0), Num("b", -3, -1, 0, 0.5, 2, 2.5, 3));

    [Fact]
    public void Fits_the_maximum_likelihood_lambdas_and_standardises_as_sklearn()
    {
        var transformer = new PowerTransformer();
        DataTable output = transformer.FitTransform(Skewed());
        Assert.Equal(-0.23026344079744387, transformer.Lambdas[0], 6);
        Assert.Equal(1.2290493648216754, transformer.Lambdas[1], 6);
        Near([-0.782169005897264, -0.3436536551643834, -0.05643827722437886, 0.31738694345482527, 0.8150078770181164, 1.6833529252310717, -1.633486807417988], Values(output, "a"), 1e-6);
        Near([-1.6283935905273967, -0.8684381483762186, -0.4230805533969233, -0.16761105782063943, 0.7073397970478164, 1.0256344663317727, 1.3545490867415884], Values(output, "b"), 1e-6);
        DataTable unseen = transformer.Transform(Of(Num("a", 100), Num("b", -10)));
        Near([2.143385470249353], Values(unseen, "a"), 1e-6);
        Near([-3.7968931256134644], Values(unseen, "b"), 1e-6);
    }

    [Fact]
    public void Without_standardisation_returns_the_yeo_johnson_values()
    {
        var transformer = new PowerTransformer(standardize: false);
        DataTable output = transformer.FitTransform(Skewed());
        Near([0.6406609204040172, 0.9706665278398893, 1.186811037042604, 1.4681339572526115, 1.8426195896914905, 2.496094398772926, 0], Values(output, "a"), 1e-6);
        Near([-2.47976944138647, -0.9162633444571965, 0, 0.5255941227058251, 2.325687812709529, 2.9805362793997032, 3.657233866990138], Values(output, "b"), 1e-6);
        Assert.Equal([0.0, 0.0], transformer.Mean);
        Assert.Equal([1.0, 1.0], transformer.Scale);
    }

    [Fact]
    public void Uses_the_log_branches_at_lambda_0_and_2()
    {
        // ψ(x, 0) = log1p(x) for x ≥ 0 and ψ(x, 2) = −log1p(−x) for x < 0 (the limits of the power forms).
        Assert.Equal(Math.Log(4), YeoJohnson.Transform(3, 0), 14);
        Assert.Equal(-Math.Log(4), YeoJohnson.Transform(-3, 2), 14);
        Assert.Equal((Math.Pow(4, 0.5) - 1) / 0.5, YeoJohnson.Transform(3, 0.5), 14);
        Assert.Equal(-(Math.Pow(4, 1.5) - 1) / 1.5, YeoJohnson.Transform(-3, 0.5), 14);
    }

    [Fact]
    public void Ignores_missing_values_in_fit_keeps_them_and_leaves_a_constant_column_centred()
    {
        // The NaN rows do not change λ (same fit as without them) and stay NaN; a constant column gets λ = 1, std 1 → zeros.
        var transformer = new PowerTransformer();
        DataTable output = transformer.FitTransform(Of(Num("a", 1, 2, double.NaN, 3, 5, 10, 40, 0), Num("c", 7, 7, 7, 7, 7, 7, 7, 7)));
        Assert.Equal(-0.23026344079744387, transformer.Lambdas[0], 6);
        Assert.True(double.IsNaN(Values(output, "a")[2]));
        Assert.Equal(1.0, transformer.Lambdas[1]);
        Near([0, 0, 0, 0, 0, 0, 0, 0], Values(output, "c"));
        var e = Assert.Throws<ArgumentException>(() => new PowerTransformer().Fit(Of(Num("m", double.NaN, double.NaN))));
        Assert.StartsWith("PowerTransformer: column 'm' is missing in all 2 training rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_json_and_serves_the_automatic_pipeline()
    {
        var transformer = new PowerTransformer();
        transformer.Fit(Skewed());
        var restored = (PowerTransformer)Transformer.FromJson(transformer.ToJson());
        Assert.Equal(transformer.Lambdas, restored.Lambdas);
        Assert.True(restored.Standardize);
        Near(Values(transformer.Transform(Skewed()), "b"), Values(restored.Transform(Skewed()), "b"), 0);
        Assert.Throws<FormatException>(() => Transformer.FromJson(transformer.ToJson().Replace("\"lambdas\":[", "\"lambdas\":[1,", StringComparison.Ordinal)));

        ColumnTransformer auto = ColumnTransformer.FromTable(Skewed(), scaling: NumericScaling.Power);
        auto.Fit(Skewed());
        Assert.IsType<PowerTransformer>(auto.Entries[0].Steps[^1]);
        Near([-1.6283935905273967], [Values(auto.Transform(Skewed()), "num__b")[0]], 1e-6);
    }
}
