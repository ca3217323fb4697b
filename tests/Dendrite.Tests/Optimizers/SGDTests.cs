using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class SGDTests
{
    [Fact]
    public void Plain_steps_follow_w_minus_lr_g()
    {
        // w ← w − 0.1 g:  [1, −2] → [0.95, −1.9] → [0.93, −1.94] → [0.96, −1.95].
        double[,] expected = { { 0.95, -1.9 }, { 0.93, -1.94 }, { 0.96, -1.95 } };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new SGD(learningRate: 0.1)));
    }

    [Fact]
    public void Momentum_steps_follow_Keras()
    {
        // v ← 0.9 v − 0.1 g;  w ← w + v.
        // element 0: v = −0.05, −0.065, −0.0285;  w = 0.95, 0.885, 0.8565
        // element 1: v = 0.1, 0.05, 0.035;        w = −1.9, −1.85, −1.815
        double[,] expected = { { 0.95, -1.9 }, { 0.885, -1.85 }, { 0.8565, -1.815 } };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new SGD(learningRate: 0.1, momentum: 0.9)));
    }

    [Fact]
    public void Nesterov_steps_follow_Keras()
    {
        // v ← 0.9 v − 0.1 g;  w ← w + 0.9 v − 0.1 g  (same v as above).
        // element 0: w = 1 − 0.045 − 0.05 = 0.905;  0.905 − 0.0585 − 0.02 = 0.8265;  0.8265 − 0.02565 + 0.03 = 0.83085
        // element 1: w = −2 + 0.09 + 0.1 = −1.81;   −1.81 + 0.045 − 0.04 = −1.805;   −1.805 + 0.0315 − 0.01 = −1.7835
        double[,] expected = { { 0.905, -1.81 }, { 0.8265, -1.805 }, { 0.83085, -1.7835 } };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new SGD(learningRate: 0.1, momentum: 0.9, nesterov: true)));
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new SGD(learningRate: 0.1, momentum: 0.9, nesterov: true));

    [Fact]
    public void Defaults_are_Keras()
    {
        var sgd = new SGD();
        Assert.Equal(0.01, sgd.LearningRate);
        Assert.Equal(0.0, sgd.Momentum);
        Assert.False(sgd.Nesterov);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(-0.1, 0.0)]
    [InlineData(double.NaN, 0.0)]
    [InlineData(double.PositiveInfinity, 0.0)]
    [InlineData(0.1, -0.1)]
    [InlineData(0.1, 1.0)]
    [InlineData(0.1, double.NaN)]
    public void Invalid_hyperparameters_throw(double learningRate, double momentum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SGD(learningRate, momentum));
    }
}
