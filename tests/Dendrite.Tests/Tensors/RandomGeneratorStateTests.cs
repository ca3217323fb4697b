using Dendrite.Tensors;

namespace Dendrite.Tests.Tensors;

public sealed class RandomGeneratorStateTests
{
    [Fact]
    public void A_restored_state_continues_the_same_sequence_including_the_kept_normal()
    {
        var a = new RandomGenerator(2024);
        a.NextUInt64();
        a.Normal(); // keeps the second Box–Muller value for the next call
        RandomGeneratorState state = a.GetState();
        Assert.NotNull(state.SpareNormal);

        var b = new RandomGenerator(1);
        b.SetState(state);
        Assert.Equal(a.Normal(), b.Normal());
        Assert.Equal(Enumerable.Range(0, 5).Select(_ => a.NextUInt64()), Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
        Assert.Equal(a.GetState(), b.GetState());
    }

    [Fact]
    public void Invalid_states_are_rejected()
    {
        var g = new RandomGenerator(3);
        var zeros = Assert.Throws<ArgumentException>(() => g.SetState(new RandomGeneratorState(0, 0, 0, 0, null)));
        Assert.Contains("all zeros", zeros.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => g.SetState(new RandomGeneratorState(1, 2, 3, 4, double.NaN)));
    }
}
