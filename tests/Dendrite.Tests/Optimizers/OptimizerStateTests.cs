// Optimizer.SetState: an optimizer given another's state (slots by variable name, and the iteration count)
// continues bit-identically; state that fits no variable is rejected without changing anything.
using Dendrite.Autodiff;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Optimizers;

public sealed class OptimizerStateTests
{
    [Fact]
    public void An_optimizer_given_the_state_continues_identically()
    {
        Variable w1 = new("layer/kernel", TestData.Normal(1, 3, 2));
        Variable w2 = new("layer/kernel", w1.Value.Clone());
        var a = new Adam(learningRate: 0.1);
        for (int i = 0; i < 3; i++)
        {
            a.Apply([w1], [TestData.Normal(10 + i, 3, 2)]);
        }

        w2.Assign(w1.Value);
        var b = new Adam(learningRate: 0.1) { Iterations = a.Iterations };
        b.SetState([w2], a.GetState());
        Assert.Equal(["layer/kernel/m", "layer/kernel/v"], b.GetState().Keys);

        Tensor g = TestData.Normal(99, 3, 2);
        a.Apply([w1], [g]);
        b.Apply([w2], [g]);
        Assert.Equal(w1.Value.ToArray(), w2.Value.ToArray());
    }

    [Fact]
    public void State_for_unknown_variables_or_shapes_is_rejected()
    {
        Variable w = new("dense/kernel", Tensor.Zeros(new Shape(2, 2)));
        var sgd = new SGD(momentum: 0.9);
        var unknown = Assert.Throws<ArgumentException>(() => sgd.SetState([w], new Dictionary<string, Tensor> { ["other/kernel/momentum"] = Tensor.Zeros(new Shape(2, 2)) }));
        Assert.Contains("'other/kernel/momentum' belongs to no variable", unknown.Message, StringComparison.Ordinal);
        var shape = Assert.Throws<ArgumentException>(() => sgd.SetState([w], new Dictionary<string, Tensor> { ["dense/kernel/momentum"] = Tensor.Zeros(new Shape(3)) }));
        Assert.Contains("has shape (3,), expected (2, 2)", shape.Message, StringComparison.Ordinal);
        Assert.Empty(sgd.GetState());
    }
}
