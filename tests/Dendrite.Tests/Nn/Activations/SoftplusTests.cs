// Softplus: Keras published values (including the tiny softplus(-20)), stability, gradient check.
using Dendrite.Nn.Activations;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class SoftplusTests
{
    [Fact]
    public void MatchesKerasDocs()
    {
        // keras.ops.softplus docs: [-0.555, 0.0, 0.555] → [0.45366603, 0.6931472, 1.008666]
        AssertPublished(Activation.Softplus.Call, [-0.555, 0, 0.555], [0.45366603, 0.6931472, 1.008666]);

        // tf.keras.activations.softplus docs: [-20, -1, 0, 1, 20] → [2.0611537e-09, 0.31326166, 0.69314718, 1.3132616, 20.]
        AssertPublished(Activation.Softplus.Call, [-1, 0, 1, 20], [0.31326166, 0.69314718, 1.3132616, 20]);
        Tensor tiny = Activation.Softplus.Call(Of([-20]));
        Assert.Equal(2.061153620314381e-09, tiny.GetFlat(0), 1e-22); // relative accuracy where log(1 + e^x) would lose it
    }

    [Fact]
    public void StableForLargeMagnitudes()
        => AssertValues([0, 1000, 710], Activation.Softplus.Call(Of([-1000, 1000, 710])), 0);

    [Fact]
    public void GradientChecks() => AssertGradients(xs => Activation.Softplus.Call(xs[0]), Uniform(271, -30, 30, 3, 4));
}
