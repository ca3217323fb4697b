using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

// Keras docstring values (keras/src/metrics/accuracy_metrics.py) and multi-batch accumulation.
public class AccuracyMetricTests
{
    private static readonly Tensor s_oneHot = new(new float[,] { { 0, 0, 1 }, { 0, 1, 0 } });
    private static readonly Tensor s_probs = new(new float[,] { { 0.1f, 0.9f, 0.8f }, { 0.05f, 0.95f, 0 } });

    [Fact]
    public void Accuracy_counts_exact_matches()
    {
        var yTrue = new Tensor(new float[,] { { 1 }, { 2 }, { 3 }, { 4 } });
        var yPred = new Tensor(new float[,] { { 0 }, { 2 }, { 3 }, { 4 } });
        var m = new Accuracy();
        m.UpdateState(yTrue, yPred);
        Assert.Equal(0.75, m.Result(), 12);
        m.ResetState();
        m.UpdateState(yTrue, yPred, new Tensor([1f, 1f, 0f, 0f]));
        Assert.Equal(0.5, m.Result(), 12);
    }

    [Fact]
    public void BinaryAccuracy_thresholds_at_one_half_by_default()
    {
        var yTrue = new Tensor(new float[,] { { 1 }, { 1 }, { 0 }, { 0 } });
        var yPred = new Tensor(new float[,] { { 0.98f }, { 1 }, { 0 }, { 0.6f } });
        var m = new BinaryAccuracy();
        m.UpdateState(yTrue, yPred);
        Assert.Equal(0.75, m.Result(), 12);
        m.ResetState();
        m.UpdateState(yTrue, yPred, new Tensor([1f, 0f, 0f, 1f]));
        Assert.Equal(0.5, m.Result(), 12);

        // threshold 0.7 makes 0.6 a negative: all four right.
        var strict = new BinaryAccuracy(threshold: 0.7);
        strict.UpdateState(yTrue, yPred);
        Assert.Equal(1.0, strict.Result(), 12);
    }

    [Fact]
    public void CategoricalAccuracy_compares_argmax()
    {
        var m = new CategoricalAccuracy();
        m.UpdateState(s_oneHot, s_probs);
        Assert.Equal(0.5, m.Result(), 12);
        m.ResetState();
        m.UpdateState(s_oneHot, s_probs, new Tensor([0.7f, 0.3f]));
        Assert.Equal(0.3, m.Result(), 6);
    }

    [Fact]
    public void SparseCategoricalAccuracy_compares_argmax_with_the_label()
    {
        var m = new SparseCategoricalAccuracy();
        m.UpdateState(new Tensor(new float[,] { { 2 }, { 1 } }), s_probs);
        Assert.Equal(0.5, m.Result(), 12);
        m.ResetState();
        m.UpdateState(new[] { 2, 1 }, s_probs, new Tensor([0.7f, 0.3f]));
        Assert.Equal(0.3, m.Result(), 6);
    }

    [Fact]
    public void SparseCategoricalAccuracy_rejects_a_label_that_is_not_a_whole_number()
    {
        var m = new SparseCategoricalAccuracy();
        var error = Assert.Throws<InvalidTargetException>(() => m.UpdateState(new Tensor([2f, 1.7f]), s_probs));
        Assert.Contains("label 1.7 of sample 1 is not a whole class index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accuracies_accumulate_over_batches_until_reset()
    {
        // Batch 1: 1 of 2 right; batch 2: 3 of 3 right → 4 / 5.
        var m = new SparseCategoricalAccuracy();
        m.UpdateState(new[] { 2, 1 }, s_probs);
        m.UpdateState(new[] { 0, 1, 1 }, new Tensor(new float[,] { { 0.9f, 0.1f }, { 0.2f, 0.8f }, { 0.4f, 0.6f } }));
        Assert.Equal(0.8, m.Result(), 12);
        m.ResetState();
        Assert.Equal(0.0, m.Result());
    }

    [Fact]
    public void Ties_go_to_the_first_index()
    {
        var m = new CategoricalAccuracy();
        m.UpdateState(new Tensor(new float[,] { { 1, 0 }, { 0, 1 } }), new Tensor(new float[,] { { 0.5f, 0.5f }, { 0.5f, 0.5f } }));
        Assert.Equal(0.5, m.Result(), 12);
    }

    [Fact]
    public void Wrong_target_shapes_throw()
    {
        Assert.Throws<ShapeMismatchException>(() => new CategoricalAccuracy().UpdateState(new[] { 2, 1 }, s_probs));
        Assert.Throws<ShapeMismatchException>(() => new SparseCategoricalAccuracy().UpdateState(new[] { 2, 1, 0 }, s_probs));
        Assert.Throws<ShapeMismatchException>(() => new BinaryAccuracy().UpdateState(new[] { 1 }, s_probs));
        Assert.Throws<ShapeMismatchException>(() => new Accuracy().UpdateState(new[] { 1 }, s_probs));
    }
}
