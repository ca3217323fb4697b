using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class NadamTests
{
    // keras/src/optimizers/nadam.py, η = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-7, computed in double from
    //   u_t = β1(1 − ½·0.96ᵗ), Π_t = u_1⋯u_t, m̂ = u_{t+1}·m/(1 − Π_t·u_{t+1}) + (1 − u_t)·g/(1 − Π_t), v̂ = v/(1 − β2ᵗ).
    // Step 1 by hand: u₁ = 0.468, u₂ = 0.48528, m = 0.05, v = 0.00025 → m̂ = 0.0313932… + 0.5, sqrt(v̂) = 0.5,
    // w = 1 − 0.1·0.5313932/0.5 = 0.8937212.
    private static readonly double[,] s_expected =
    {
        { 0.8937212409248747, -1.893721230297 },
        { 0.8490658879415133, -1.9249864906245775 },
        { 0.8920588627533605, -1.9309076149757471 },
    };

    [Fact]
    public void Steps_follow_the_Keras_formula()
        => OptimizerRun.AssertSteps(s_expected, OptimizerRun.Steps(new Nadam(learningRate: 0.1)));

    [Fact]
    public void The_momentum_product_is_recomputed_when_iterations_jump()
    {
        // Π_t is cached per step; after Iterations is reset, a new variable (fresh slots) must see Π_1 = u₁ again.
        var opt = new Nadam(learningRate: 0.1);
        OptimizerRun.Steps(opt);
        opt.Iterations = 0;
        OptimizerRun.AssertSteps(s_expected, OptimizerRun.Steps(opt));
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new Nadam(learningRate: 0.1));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new Nadam();
        Assert.Equal((0.001, 0.9, 0.999, 1e-7), (opt.LearningRate, opt.Beta1, opt.Beta2, opt.Epsilon));
        Assert.Equal("nadam", opt.Name);
        Assert.Null(opt.WeightDecay);
    }

    [Fact]
    public void Invalid_hyperparameters_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Nadam(beta1: 1.0));
        Assert.Contains("Nadam beta1 must be in [0, 1), received 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Nadam(beta2: -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Nadam(epsilon: double.NaN));
    }
}
