using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class AdamaxTests
{
    // keras/src/optimizers/adamax.py, η = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-7, computed in double from
    //   m ← m + (g − m)(1 − β1);  u ← max(β2 u, |g|);  w ← w − η m / ((1 − β1ᵗ)(u + ε)).
    // Step 1 by hand: m = 0.05, u = 0.5 → w = 1 − 0.1·0.05/(0.1·(0.5 + 1e-7)) = 0.90000002.
    private static readonly double[,] s_expected =
    {
        { 0.900000019999996, -1.900000009999999 },
        { 0.8315104915378606, -1.8736578810315592 },
        { 0.8104351558247339, -1.8607168841215442 },
    };

    [Fact]
    public void Steps_follow_the_Keras_formula()
        => OptimizerRun.AssertSteps(s_expected, OptimizerRun.Steps(new Adamax(learningRate: 0.1)));

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new Adamax(learningRate: 0.1));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new Adamax();
        Assert.Equal((0.001, 0.9, 0.999, 1e-7), (opt.LearningRate, opt.Beta1, opt.Beta2, opt.Epsilon));
        Assert.Equal("adamax", opt.Name);
        Assert.Equal(0.999, opt.GetConfig()["beta_2"]);
    }

    [Fact]
    public void Invalid_hyperparameters_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Adamax(beta2: 1.0));
        Assert.Contains("Adamax beta2 must be in [0, 1), received 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adamax(epsilon: -1));
    }
}
