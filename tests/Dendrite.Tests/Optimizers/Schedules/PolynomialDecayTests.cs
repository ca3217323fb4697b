using Dendrite.Optimizers.Schedules;

namespace Dendrite.Tests.Optimizers.Schedules;

public class PolynomialDecayTests
{
    [Theory]
    // (lr₀ − end) · (1 − s/D)^power + end with lr₀ = 0.1, D = 10, end = 0.01.
    [InlineData(0, 1.0, false, 0.1)]
    [InlineData(5, 1.0, false, 0.055)] // 0.09 · 0.5 + 0.01
    [InlineData(10, 1.0, false, 0.01)]
    [InlineData(20, 1.0, false, 0.01)] // s clamped to D
    [InlineData(5, 2.0, false, 0.0325)] // 0.09 · 0.25 + 0.01
    [InlineData(15, 1.0, true, 0.0325)] // cycle: D = 10 · ceil(1.5) = 20, 0.09 · (1 − 0.75) + 0.01
    [InlineData(0, 1.0, true, 0.1)] // cycle at step 0: D = 10 · 1
    [InlineData(10, 1.0, true, 0.01)]
    public void Values_follow_the_Keras_formula(long step, double power, bool cycle, double expected)
        => Assert.Equal(expected, new PolynomialDecay(0.1, 10, 0.01, power, cycle).Call(step), 15);

    [Fact]
    public void Defaults_are_Keras()
    {
        var schedule = new PolynomialDecay(0.1, 10);
        Assert.Equal((1e-4, 1.0, false), (schedule.EndLearningRate, schedule.Power, schedule.Cycle));
        Assert.Equal(1e-4, schedule.Call(10), 15);
    }
}
