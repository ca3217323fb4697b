using Dendrite.Optimizers.Schedules;

namespace Dendrite.Tests.Optimizers.Schedules;

public class CosineDecayTests
{
    [Theory]
    // lr₀ · ((1 − α) · ½(1 + cos(π · min(step, D) / D)) + α) with lr₀ = 0.1, D = 10.
    [InlineData(0, 0.0, 0.1)]
    [InlineData(5, 0.0, 0.05)] // cos(π/2) = 0
    [InlineData(10, 0.0, 0.0)]
    [InlineData(20, 0.0, 0.0)] // clamped at D
    [InlineData(5, 0.1, 0.055)] // 0.1 · (0.9 · 0.5 + 0.1)
    [InlineData(10, 0.1, 0.01)]
    public void Values_follow_the_Keras_formula(long step, double alpha, double expected)
        => Assert.Equal(expected, new CosineDecay(0.1, 10, alpha).Call(step), 15);

    [Theory]
    // Warm-up from lr₀ = 0 to T = 0.1 over W = 4 steps, then the cosine over D = 10 steps from T.
    [InlineData(0, 0.0)]
    [InlineData(2, 0.05)] // (0.1 − 0) · 2/4
    [InlineData(4, 0.1)] // the decay starts at T
    [InlineData(9, 0.05)] // 5 steps into the decay
    [InlineData(100, 0.0)] // clamped at D + W
    public void Warm_up_rises_linearly_then_decays(long step, double expected)
        => Assert.Equal(expected, new CosineDecay(0.0, 10, warmupTarget: 0.1, warmupSteps: 4).Call(step), 15);

    [Fact]
    public void Bad_arguments_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CosineDecay(0.1, 10, alpha: 2));
        Assert.Contains("CosineDecay alpha must be in [0, 1], received 2", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CosineDecay(0.1, 10, warmupSteps: -1));
        Assert.Null(new CosineDecay(0.1, 10).GetConfig()["warmup_target"]);
    }
}
