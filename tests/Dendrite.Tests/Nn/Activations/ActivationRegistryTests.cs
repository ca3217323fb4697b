// ActivationRegistry: every Keras name resolves to the activation of that name; unknown names list the valid ones.
using Dendrite.Nn.Activations;

namespace Dendrite.Tests.Nn.Activations;

public class ActivationRegistryTests
{
    [Theory]
    [InlineData("linear")]
    [InlineData("relu")]
    [InlineData("sigmoid")]
    [InlineData("softmax")]
    [InlineData("tanh")]
    [InlineData("leaky_relu")]
    [InlineData("elu")]
    [InlineData("selu")]
    [InlineData("gelu")]
    [InlineData("silu")]
    [InlineData("softplus")]
    [InlineData("softsign")]
    [InlineData("hard_sigmoid")]
    [InlineData("log_softmax")]
    [InlineData("step")]
    public void ResolvesKerasNames(string name)
    {
        Assert.Equal(name, ActivationRegistry.Get(name).Name);
        Assert.Same(ActivationRegistry.Get(name), ActivationRegistry.Get(name.ToUpperInvariant()));
    }

    [Fact]
    public void SwishIsAnAliasOfSilu() => Assert.Same(Activation.Silu, ActivationRegistry.Get("swish"));

    [Fact]
    public void UnknownNameListsValidNames()
    {
        var e = Assert.Throws<ArgumentException>(() => ActivationRegistry.Get("rellu"));
        Assert.Contains("'rellu'", e.Message);
        Assert.Contains("hard_sigmoid", e.Message);
        Assert.Contains("leaky_relu", e.Message);
        Assert.Equal(16, ActivationRegistry.Names.Count);
    }
}
