// Gelu: Keras published values (exact and approximate), gradient checks for both forms, config.
using Dendrite.Nn.Activations;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class GeluTests
{
    [Fact]
    public void MatchesKerasDocs()
    {
        // keras.activations.gelu docs (approximate=False, its default): [-3, -1, 0, 1, 3] → [-0.00404951, -0.15865529, 0., 0.8413447, 2.9959507],
        // and with approximate=True: [-0.00363752, -0.15880796, 0., 0.841192, 2.9963627]. TensorFlow computes these in
        // float32 and is 1.8e-7 off at x = -3 (exactly: -0.0040496940949, -0.0036373920818), hence 3e-7.
        AssertPublished(Activation.Gelu.Call, [-3, -1, 0, 1, 3], [-0.00404951, -0.15865529, 0, 0.8413447, 2.9959507], 3e-7);
        AssertPublished(new Gelu(approximate: true).Call, [-3, -1, 0, 1, 3], [-0.00363752, -0.15880796, 0, 0.841192, 2.9963627], 3e-7);
    }

    [Fact]
    public void ExactValuesToDoublePrecision() // x Φ(x) from CPython: 0.5 x erfc(-x / √2)
    {
        var y = Activation.Gelu.Call(Of([1, -3, 6]));
        AssertValues([0.8413447460685429, -0.004049694094890287, 5.999999994080474], y, 2e-16 * 6);
    }

    [Fact]
    public void ApproximateForm() // hand-computed: 0.5 (1 + tanh(√(2/π)(1 + 0.044715))) = 0.8411919906082768
        => AssertPublished(new Gelu(approximate: true).Call, [-1, 0, 1], [-0.15880800939172324, 0, 0.8411919906082768]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GradientChecks(bool approximate)
        => AssertGradients(xs => new Gelu(approximate).Call(xs[0]), Uniform(251, -5, 5, 3, 4));

    [Fact]
    public void Config()
    {
        Assert.Equal(false, Activation.Gelu.GetConfig()["approximate"]);
        Assert.Equal(true, new Gelu(true).GetConfig()["approximate"]);
        Assert.Equal("gelu", Activation.Gelu.Name);
    }
}
