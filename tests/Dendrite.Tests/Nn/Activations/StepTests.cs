// Step: values (H(0) = 1), zero gradient everywhere including the jump, and the registry name.
using Dendrite.Nn.Activations;
using Dendrite.Tensors;
using static Dendrite.Tests.Autodiff.Ops.OpTestHelpers;

namespace Dendrite.Tests.Nn.Activations;

public class StepTests
{
    [Fact]
    public void HeavisideWithOneAtZero()
        => AssertPublished(Activation.Step.Call, [-2, -1e-12, 0, 1e-12, 3], [0, 0, 1, 1, 1]); // hand-computed

    [Fact]
    public void GradientIsZeroEverywhere()
    {
        Tensor x = Of([-1, 0, 2]);
        AssertValues([0, 0, 0], Gradients(xs => Activation.Step.Call(xs[0]), x)[0], 0);
        AssertGradients(xs => Activation.Step.Call(xs[0]), AwayFrom(Random(201, 3, 4), 1e-3, 0.0));
        Assert.Equal("step", Activation.Step.Name);
    }
}
