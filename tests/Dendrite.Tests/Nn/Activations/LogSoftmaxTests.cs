// LogSoftmax activation: Keras published values, gradient checks along each axis, config.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class LogSoftmaxTests
{
    [Fact]
    public void MatchesKerasDocs() // keras.ops.log_softmax docs: [-1, 0, 1] → [-2.40760596, -1.40760596, -0.40760596]
        => AssertPublished(Activation.LogSoftmax.Call, [-1, 0, 1], [-2.40760596, -1.40760596, -0.40760596]);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void GradientChecks(int axis) => AssertGradients(xs => new LogSoftmax(axis).Call(xs[0]), Random(301, 3, 4));

    [Fact]
    public void Config()
    {
        Assert.Equal(-1, Activation.LogSoftmax.GetConfig()["axis"]);
        Assert.Equal(0, new LogSoftmax(0).GetConfig()["axis"]);
        Assert.Equal("log_softmax", Activation.LogSoftmax.Name);
    }
}
