using Dendrite.Optimizers.Schedules;

namespace Dendrite.Tests.Optimizers.Schedules;

public class PiecewiseConstantDecayTests
{
    [Theory]
    // The Keras docstring example: boundaries [100000, 110000], values [1.0, 0.5, 0.1]:
    // 1.0 for the first 100001 steps, 0.5 for the next 10000, 0.1 after (a boundary belongs to the left interval).
    [InlineData(0, 1.0)]
    [InlineData(100000, 1.0)]
    [InlineData(100001, 0.5)]
    [InlineData(110000, 0.5)]
    [InlineData(110001, 0.1)]
    public void Values_are_those_of_the_interval(long step, double expected)
        => Assert.Equal(expected, new PiecewiseConstantDecay([100000, 110000], [1.0, 0.5, 0.1]).Call(step));

    [Fact]
    public void Counts_and_order_are_checked()
    {
        var e = Assert.Throws<ArgumentException>(() => new PiecewiseConstantDecay([10], [1.0]));
        Assert.Contains("needs one more value than boundaries; received 1 boundaries and 1 values", e.Message, StringComparison.Ordinal);
        var o = Assert.Throws<ArgumentException>(() => new PiecewiseConstantDecay([10, 5], [1.0, 0.5, 0.1]));
        Assert.Contains("boundaries must increase; received 10 then 5 at index 1", o.Message, StringComparison.Ordinal);
    }
}
