// Bidirectional (merge modes concat / sum / mul / ave, masks) and TimeDistributed: shapes, the backward copy
// being a reversed run, and double-precision gradient checks.
using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class RecurrentWrapperTests
{
    [Theory]
    [InlineData(BidirectionalMerge.Concat, false)]
    [InlineData(BidirectionalMerge.Sum, true)]
    [InlineData(BidirectionalMerge.Mul, false)]
    [InlineData(BidirectionalMerge.Ave, true)]
    public void Bidirectional_gradients_match_central_differences(BidirectionalMerge merge, bool sequences)
    {
        var layer = new Bidirectional(new LSTM(2, returnSequences: sequences), merge) { Random = new RandomGenerator(9) };
        Tensor x = TestData.Normal(2, 2, 4, 3);
        Tensor mask = new(new float[] { 1, 1, 1, 0, 0, 1, 1, 1 }, new Shape(2, 4));
        layer.Apply(x);
        Assert.Equal(6, layer.TrainableVariables.Count);
        GradientCheckResult result = GradientCheck.Check(t => layer.Call(t, mask), x, layer.TrainableVariables);
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Bidirectional_concatenates_the_forward_run_and_the_time_reversed_backward_run()
    {
        var layer = new Bidirectional(new SimpleRNN(2, returnSequences: true, name: "rnn"));
        Tensor x = TestData.Normal(3, 1, 3, 2);
        Tensor y = layer.Apply(x);
        Assert.Equal(new Shape(1, 3, 4), y.Shape);
        Assert.Equal(new Shape(-1, 3, 4), layer.ComputeOutputShape(new Shape(-1, 3, 2)));
        Assert.Equal(("forward_rnn", "backward_rnn", false, true), (layer.Forward.Name, layer.Backward.Name, layer.Forward.GoBackwards, layer.Backward.GoBackwards));
        Assert.Equal(2 * ((2 * (2 + 2)) + 2), layer.CountParams());
        Tensor forward = layer.Forward.Call(x), backward = layer.Backward.Call(x);
        for (int t = 0; t < 3; t++)
        {
            Assert.Equal(forward[0, t, 1], y[0, t, 1]);
            Assert.Equal(backward[0, 2 - t, 0], y[0, t, 2]); // step t of the backward run is input step 2 − t
        }

        var e = Assert.Throws<ArgumentException>(() => new Bidirectional(new GRU(2, returnState: true, name: "s")));
        Assert.Contains("GRU 's' has returnState true", e.Message);
    }

    [Fact]
    public void TimeDistributed_applies_one_dense_layer_to_every_step()
    {
        var layer = new TimeDistributed(new Dense(3));
        Tensor x = TestData.Normal(4, 2, 5, 4);
        Tensor y = layer.Apply(x);
        Assert.Equal(new Shape(2, 5, 3), y.Shape);
        Assert.Equal(4 * 3 + 3, layer.CountParams());
        var dense = (Dense)layer.Layer;
        Tensor step = dense.Call(Ops.Reshape(Ops.Slice(x, 1, 2, 1), new Shape(2, 4)));
        Assert.Equal(step.ToArray(), Ops.Reshape(Ops.Slice(y, 1, 2, 1), new Shape(2, 3)).ToArray());
        GradientCheckResult result = GradientCheck.Check(t => layer.Call(t), x, layer.TrainableVariables);
        Assert.True(result.Passed, result.ToString());
        Assert.Throws<ShapeMismatchException>(() => new TimeDistributed(new Dense(2)).Apply(TestData.Normal(1, 2, 3)));
    }
}
