using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class AdadeltaTests
{
    // keras/src/optimizers/adadelta.py, η = 1 (Zeiler's value), ρ = 0.95, ε = 1e-7, computed in double from
    //   a ← ρa + (1−ρ)g²;  Δ = −sqrt(d + ε)·g / sqrt(a + ε);  d ← ρd + (1−ρ)Δ²;  w ← w + ηΔ.
    // Step 1 by hand: a = 0.0125, Δ = −sqrt(1e-7)·0.5/sqrt(0.0125001) = −0.00141421…, w = 0.99858579.
    private static readonly double[,] s_expected =
    {
        { 0.9985857920944472, -1.9985857878518383 },
        { 0.9978264699527785, -1.999345113184701 },
        { 0.9988938535008463, -1.9995501819447328 },
    };

    [Fact]
    public void Steps_follow_the_Keras_formula()
        => OptimizerRun.AssertSteps(s_expected, OptimizerRun.Steps(new Adadelta(learningRate: 1.0)));

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new Adadelta(learningRate: 1.0));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new Adadelta();
        Assert.Equal((0.001, 0.95, 1e-7), (opt.LearningRate, opt.Rho, opt.Epsilon));
        Assert.Equal("adadelta", opt.Name);
    }

    [Fact]
    public void Invalid_hyperparameters_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Adadelta(rho: 1.5));
        Assert.Contains("Adadelta rho must be in [0, 1), received 1.5", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adadelta(epsilon: double.PositiveInfinity));
    }
}
