using Dendrite.Metrics;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class MeanTests
{
    [Fact]
    public void Mean_of_values_matches_Keras()
    {
        // Keras: Mean().update_state([1, 3, 5, 7]) → 4; with sample_weight [1, 1, 0, 0] → 2.
        var m = new Mean();
        m.UpdateState(Tensor.Zeros(new Shape(4)), new Tensor([1f, 3f, 5f, 7f]));
        Assert.Equal(4.0, m.Result(), 12);
        m.ResetState();
        m.UpdateState(Tensor.Zeros(new Shape(4)), new Tensor([1f, 3f, 5f, 7f]), new Tensor([1f, 1f, 0f, 0f]));
        Assert.Equal(2.0, m.Result(), 12);
    }

    [Fact]
    public void Weighted_updates_give_the_per_sample_mean_over_batches()
    {
        // Batch losses 0.5 (32 samples) and 2.0 (8 samples): (16 + 16) / 40 = 0.8.
        var loss = new Mean("loss");
        loss.Update(0.5, 32);
        loss.Update(2.0, 8);
        Assert.Equal(0.8, loss.Result(), 12);
        Assert.Equal("loss", loss.Name);
        loss.ResetState();
        Assert.Equal(0.0, loss.Result());
    }
}
