using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class TopKAccuracyTests
{
    private static readonly Tensor s_probs = new(new float[,] { { 0.1f, 0.9f, 0.8f }, { 0.05f, 0.95f, 0 } });

    [Fact]
    public void Keras_docstring_values()
    {
        // keras.metrics.TopKCategoricalAccuracy(k=1): [[0, 0, 1], [0, 1, 0]] vs [[0.1, 0.9, 0.8], [0.05, 0.95, 0]] → 0.5;
        // sample_weight [0.7, 0.3] → 0.3. SparseTopKCategoricalAccuracy(k=1) with labels [2, 1]: the same.
        var dense = new TopKCategoricalAccuracy(k: 1);
        dense.UpdateState(new Tensor(new float[,] { { 0, 0, 1 }, { 0, 1, 0 } }), s_probs);
        Assert.Equal(0.5, dense.Result(), 12);
        dense.ResetState();
        dense.UpdateState(new Tensor(new float[,] { { 0, 0, 1 }, { 0, 1, 0 } }), s_probs, new Tensor([0.7f, 0.3f]));
        Assert.Equal(0.3, dense.Result(), 6);

        var sparse = new SparseTopKCategoricalAccuracy(k: 1);
        sparse.UpdateState(new[] { 2, 1 }, s_probs);
        Assert.Equal(0.5, sparse.Result(), 12);
        sparse.ResetState();
        sparse.UpdateState(new[] { 2, 1 }, s_probs, new Tensor([0.7f, 0.3f]));
        Assert.Equal(0.3, sparse.Result(), 6);
    }

    [Fact]
    public void Top_two_and_the_default_five_over_batches()
    {
        // k = 2: label 2 (0.8) is second in row 0 → hit; label 2 (0) is last in row 1 → miss. Batch 2: label 0 of
        // [0.5, 0.3, 0.2] → hit. 2 of 3. With k = 5 ≥ 3 classes every label is a hit.
        var top2 = new SparseTopKCategoricalAccuracy(k: 2);
        var top5 = new SparseTopKCategoricalAccuracy();
        foreach (Metric m in new Metric[] { top2, top5 })
        {
            m.UpdateState(new[] { 2, 2 }, s_probs);
            m.UpdateState(new[] { 0 }, new Tensor(new float[,] { { 0.5f, 0.3f, 0.2f } }));
        }

        Assert.Equal(2.0 / 3, top2.Result(), 12);
        Assert.Equal(1.0, top5.Result(), 12);
        Assert.Equal(5, top5.K);
        Assert.Equal("sparse_top_k_categorical_accuracy", top5.Name);
        Assert.Equal("top_k_categorical_accuracy", new TopKCategoricalAccuracy().Name);
    }

    [Fact]
    public void Ties_at_the_kth_place_count_for_the_target()
    {
        // [0.4, 0.4, 0.2] with k = 1: no class scores strictly higher than class 1, so it is in the top 1 (in_top_k).
        var m = new TopKCategoricalAccuracy(k: 1);
        m.UpdateState(new Tensor(new float[,] { { 0, 1, 0 } }), new Tensor(new float[,] { { 0.4f, 0.4f, 0.2f } }));
        Assert.Equal(1.0, m.Result());
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Contains("k ≥ 1", Assert.Throws<ArgumentOutOfRangeException>(() => new TopKCategoricalAccuracy(k: 0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SparseTopKCategoricalAccuracy(k: -1));
        Assert.Contains("[0, 3)", Assert.Throws<InvalidTargetException>(() => new SparseTopKCategoricalAccuracy().UpdateState(new[] { 3, 0 }, s_probs)).Message);
        Assert.Throws<ShapeMismatchException>(() => new TopKCategoricalAccuracy().UpdateState(new[] { 2, 1 }, s_probs));
        Assert.Throws<ShapeMismatchException>(() => new SparseTopKCategoricalAccuracy().UpdateState(new[] { 2 }, s_probs));
    }
}
