using Dendrite.Optimizers.Schedules;

namespace Dendrite.Tests.Optimizers.Schedules;

public class InverseTimeDecayTests
{
    [Theory]
    // lr₀ / (1 + rate · step / decaySteps) with lr₀ = 0.1, decaySteps = 10, rate = 0.5.
    [InlineData(0, false, 0.1)]
    [InlineData(5, false, 0.08)] // 0.1 / 1.25
    [InlineData(20, false, 0.05)] // 0.1 / 2
    [InlineData(15, true, 0.1 / 1.5)] // staircase: floor(1.5) = 1
    public void Values_follow_the_Keras_formula(long step, bool staircase, double expected)
        => Assert.Equal(expected, new InverseTimeDecay(0.1, 10, 0.5, staircase).Call(step), 15);

    [Fact]
    public void Bad_arguments_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new InverseTimeDecay(0.1, 10, -1));
        Assert.Contains("InverseTimeDecay decayRate must be finite and >= 0, received -1", e.Message, StringComparison.Ordinal);
    }
}
