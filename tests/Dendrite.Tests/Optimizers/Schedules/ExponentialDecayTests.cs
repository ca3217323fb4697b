using Dendrite.Optimizers.Schedules;

namespace Dendrite.Tests.Optimizers.Schedules;

public class ExponentialDecayTests
{
    [Theory]
    // lr₀ · rate^(step / decaySteps) with lr₀ = 0.1, decaySteps = 10, rate = 0.5.
    [InlineData(0, false, 0.1)]
    [InlineData(5, false, 0.07071067811865475)] // 0.1 · 0.5^0.5
    [InlineData(10, false, 0.05)]
    [InlineData(15, true, 0.05)] // staircase: 0.5^floor(1.5)
    [InlineData(20, true, 0.025)]
    public void Values_follow_the_Keras_formula(long step, bool staircase, double expected)
        => Assert.Equal(expected, new ExponentialDecay(0.1, 10, 0.5, staircase).Call(step), 15);

    [Fact]
    public void Bad_arguments_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecay(0.1, 0, 0.5));
        Assert.Contains("ExponentialDecay decaySteps must be > 0, received 0", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialDecay(-0.1, 10, 0.5));
        Assert.Equal(10L, new ExponentialDecay(0.1, 10, 0.5).GetConfig()["decay_steps"]);
    }
}
