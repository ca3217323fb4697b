using Dendrite.Optimizers.Schedules;

namespace Dendrite.Tests.Optimizers.Schedules;

public class CosineDecayRestartsTests
{
    [Theory]
    // lr₀ = 0.1, first period 10 steps, tMul = 2 (periods 10, 20, 40, …), mMul = 0.5, α = 0:
    [InlineData(0, 0.1)]
    [InlineData(5, 0.05)] // half-way through period 0
    [InlineData(10, 0.05)] // restart 1 starts at 0.5 · lr₀
    [InlineData(20, 0.025)] // half-way through period 1 (steps 10..30): 0.5 · 0.05
    [InlineData(30, 0.025)] // restart 2 starts at 0.25 · lr₀
    public void Periods_grow_by_tMul_and_restart_lower_by_mMul(long step, double expected)
        => Assert.Equal(expected, new CosineDecayRestarts(0.1, 10, tMul: 2, mMul: 0.5).Call(step), 15);

    [Theory]
    // tMul = 1: equal periods of 10; α = 0.2 keeps the rate ≥ 0.2 · lr₀.
    [InlineData(15, 0.1 * ((0.8 * 0.5) + 0.2))]
    [InlineData(20, 0.1)]
    [InlineData(29, 0.1 * ((0.8 * 0.5 * (1 + 0.9510565162951535 * -1)) + 0.2))] // cos(0.9π) = −0.951…
    public void Equal_periods_with_alpha(long step, double expected)
        => Assert.Equal(expected, new CosineDecayRestarts(0.1, 10, tMul: 1, alpha: 0.2).Call(step), 12);

    [Fact]
    public void Defaults_are_Keras()
    {
        var schedule = new CosineDecayRestarts(0.1, 10);
        Assert.Equal((2.0, 1.0, 0.0), (schedule.TMul, schedule.MMul, schedule.Alpha));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CosineDecayRestarts(0.1, 0));
    }
}
