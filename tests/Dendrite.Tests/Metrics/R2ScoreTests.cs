using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class R2ScoreTests
{
    // scikit-learn r2_score docstring: [3, −0.5, 2, 7] vs [2.5, 0.0, 2, 8] → 0.948…
    // Mean 2.875, SS_tot = 29.1875, SS_res = 1.5 → 1 − 1.5 / 29.1875.
    private const double SklearnR2 = 1 - (1.5 / 29.1875);

    [Fact]
    public void Scikit_learn_example_over_two_batches()
    {
        var r2 = new R2Score();
        r2.UpdateState(new Tensor([3f, -0.5f]), new Tensor([2.5f, 0f]));
        r2.UpdateState(new Tensor([2f, 7f]), new Tensor([2f, 8f]));
        Assert.Equal(SklearnR2, r2.Result(), 12);
        Assert.StartsWith("0.948", r2.Result().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        r2.ResetState();
        Assert.Equal(0.0, r2.Result());
        r2.UpdateState(new Tensor([1f, 2f, 3f]), new Tensor([3f, 2f, 1f]));
        Assert.Equal(-3.0, r2.Result(), 12); // scikit-learn docstring: [1, 2, 3] vs [3, 2, 1] → −3.0
    }

    [Fact]
    public void Keras_docstring_value()
    {
        // keras.metrics.R2Score: [[1], [4], [3]] vs [[2], [4], [4]] → 0.57142854 (SS_res 2, SS_tot 14/3).
        var r2 = new R2Score();
        r2.UpdateState(new Tensor(new float[,] { { 1 }, { 4 }, { 3 } }), new Tensor(new float[,] { { 2 }, { 4 }, { 4 } }));
        Assert.Equal(1 - (2 / (14.0 / 3)), r2.Result(), 12);
        Assert.Equal("r2_score", r2.Name);
    }

    [Fact]
    public void Several_outputs_uniform_variance_weighted_or_raw()
    {
        // scikit-learn: [[0.5, 1], [−1, 1], [7, −6]] vs [[0, 2], [−1, 2], [8, −5]]; variance_weighted → 0.938….
        // Output 0: SS_tot 36.1667 (= 108.5/3), SS_res 1.25; output 1: SS_tot 32.6667 (= 98/3), SS_res 3.
        Tensor yTrue = new(new float[,] { { 0.5f, 1 }, { -1, 1 }, { 7, -6 } }), yPred = new(new float[,] { { 0, 2 }, { -1, 2 }, { 8, -5 } });
        double r0 = 1 - (1.25 / (108.5 / 3)), r1 = 1 - (3 / (98.0 / 3));
        var uniform = new R2Score();
        var weighted = new R2Score(R2ClassAggregation.VarianceWeightedAverage);
        var raw = new R2Score(R2ClassAggregation.None);
        foreach (Metric m in new Metric[] { uniform, weighted, raw })
        {
            m.UpdateState(yTrue, yPred);
        }

        Assert.Equal((r0 + r1) / 2, uniform.Result(), 12);
        Assert.Equal(((108.5 * r0) + (98 * r1)) / 206.5, weighted.Result(), 12);
        Assert.StartsWith("0.938", weighted.Result().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(r0, raw.ResultPerOutput()[0], 12);
        Assert.Equal(r1, raw.ResultPerOutput()[1], 12);
        Assert.Equal((r0 + r1) / 2, raw.Result(), 12);
    }

    [Fact]
    public void Sample_weights_weight_the_sums()
    {
        // y [1, 2, 3], p [1, 2, 5], w [1, 1, 2]: weighted mean 9/4, SS_tot = 1.5625 + 0.0625 + 2·0.5625 = 2.75, SS_res = 2·4 = 8.
        var r2 = new R2Score();
        r2.UpdateState(new Tensor([1f, 2f, 3f]), new Tensor([1f, 2f, 5f]), new Tensor([1f, 1f, 2f]));
        Assert.Equal(1 - (8 / 2.75), r2.Result(), 12);

        // Weight 0 drops the third sample: y [1, 2] predicted exactly → 1.
        var masked = new R2Score();
        masked.UpdateState(new Tensor([1f, 2f, 3f]), new Tensor([1f, 2f, 5f]), new Tensor([1f, 1f, 0f]));
        Assert.Equal(1.0, masked.Result(), 12);
    }

    [Fact]
    public void Adjusted_r2_uses_the_number_of_regressors()
    {
        // n = 4, p = 1: 1 − (1 − R²)·3/2. With p = 3 (n − p − 1 = 0) it falls back to R², as Keras.
        var adjusted = new R2Score(numRegressors: 1);
        var fallback = new R2Score(numRegressors: 3);
        foreach (Metric m in new Metric[] { adjusted, fallback })
        {
            m.UpdateState(new Tensor([3f, -0.5f, 2f, 7f]), new Tensor([2.5f, 0f, 2f, 8f]));
        }

        Assert.Equal(1 - ((1 - SklearnR2) * 3 / 2), adjusted.Result(), 12);
        Assert.Equal(SklearnR2, fallback.Result(), 12);
    }

    [Fact]
    public void Constant_targets_score_one_when_exact_and_zero_otherwise()
    {
        // scikit-learn force_finite: [−2, −2, −2] predicted exactly → 1.0; otherwise 0.0.
        var exact = new R2Score();
        exact.UpdateState(new Tensor([-2f, -2f, -2f]), new Tensor([-2f, -2f, -2f]));
        Assert.Equal(1.0, exact.Result());
        var off = new R2Score();
        off.UpdateState(new Tensor([0.1f, 0.1f, 0.1f]), new Tensor([0.1f, 0.1f, 0.2f]));
        Assert.Equal(0.0, off.Result());
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Contains("numRegressors ≥ 0", Assert.Throws<ArgumentOutOfRangeException>(() => new R2Score(numRegressors: -1)).Message);
        Assert.Throws<ShapeMismatchException>(() => new R2Score().UpdateState(new Tensor([1f, 2f]), new Tensor([1f, 2f, 3f])));
        var r2 = new R2Score();
        r2.UpdateState(new Tensor([1f, 2f]), new Tensor([1f, 2f]));
        Assert.Contains("1 outputs", Assert.Throws<ShapeMismatchException>(
            () => r2.UpdateState(new Tensor(new float[,] { { 1, 2 } }), new Tensor(new float[,] { { 1, 2 } }))).Message);
    }
}
