using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class PrecisionRecallTests
{
    [Fact]
    public void Keras_docstring_values()
    {
        // keras.metrics.Precision / Recall docstrings: update_state([0, 1, 1, 1], [1, 0, 1, 1]) → 0.6666667;
        // after reset_state, sample_weight=[0, 0, 1, 0] → 1.0.
        Tensor yTrue = new([0f, 1f, 1f, 1f]), yPred = new([1f, 0f, 1f, 1f]);
        foreach (Metric m in new Metric[] { new Precision(), new Recall() })
        {
            m.UpdateState(yTrue, yPred);
            Assert.Equal(2.0 / 3, m.Result(), 12);
            m.ResetState();
            m.UpdateState(yTrue, yPred, new Tensor([0f, 0f, 1f, 0f]));
            Assert.Equal(1.0, m.Result(), 12);
        }
    }

    [Fact]
    public void Keras_docstring_top_k_on_a_vector()
    {
        // Keras: Precision(top_k=2).update_state([0, 0, 1, 1], [1, 1, 1, 1]) → 0.0 (ties keep the first two);
        // top_k=4 → 0.5.
        var top2 = new Precision(topK: 2);
        top2.UpdateState(new Tensor([0f, 0f, 1f, 1f]), new Tensor([1f, 1f, 1f, 1f]));
        Assert.Equal(0.0, top2.Result());
        var top4 = new Precision(topK: 4);
        top4.UpdateState(new Tensor([0f, 0f, 1f, 1f]), new Tensor([1f, 1f, 1f, 1f]));
        Assert.Equal(0.5, top4.Result(), 12);
    }

    [Fact]
    public void Counts_accumulate_over_batches_until_reset()
    {
        // Batch 1: y [1, 0, 0], p [0.9, 0.8, 0.7] → tp 1, fp 2.  Batch 2: y [1, 1], p [0.6, 0.2] → tp 1, fn 1.
        // Together tp 2, fp 2, fn 1: precision 2/4, recall 2/3 (not the mean of the batch values).
        var precision = new Precision();
        var recall = new Recall();
        foreach (Metric m in new Metric[] { precision, recall })
        {
            m.UpdateState(new Tensor([1f, 0f, 0f]), new Tensor([0.9f, 0.8f, 0.7f]));
            m.UpdateState(new Tensor([1f, 1f]), new Tensor([0.6f, 0.2f]));
        }

        Assert.Equal(0.5, precision.Result(), 12);
        Assert.Equal(2.0 / 3, recall.Result(), 12);
        precision.ResetState();
        recall.ResetState();
        Assert.Equal(0.0, precision.Result());
        precision.UpdateState(new Tensor([1f, 1f]), new Tensor([0.6f, 0.2f]));
        recall.UpdateState(new Tensor([1f, 1f]), new Tensor([0.6f, 0.2f]));
        Assert.Equal(1.0, precision.Result(), 12);
        Assert.Equal(0.5, recall.Result(), 12);
    }

    [Fact]
    public void Several_thresholds_give_one_value_each_and_Result_is_the_first()
    {
        // y [0, 1, 1, 0], p [0.5, 0.8, 0.4, 0.2]. Threshold 0.3: predicted {0.5, 0.8, 0.4} → tp 2, fp 1, fn 0.
        // Threshold 0.7: predicted {0.8} → tp 1, fp 0, fn 1.
        var precision = new Precision(thresholds: [0.3, 0.7]);
        var recall = new Recall(thresholds: [0.3, 0.7]);
        precision.UpdateState(new Tensor([0f, 1f, 1f, 0f]), new Tensor([0.5f, 0.8f, 0.4f, 0.2f]));
        recall.UpdateState(new Tensor([0f, 1f, 1f, 0f]), new Tensor([0.5f, 0.8f, 0.4f, 0.2f]));
        Assert.Equal([2.0 / 3, 1.0], precision.ResultPerThreshold());
        Assert.Equal([1.0, 0.5], recall.ResultPerThreshold());
        Assert.Equal(2.0 / 3, precision.Result(), 12);
        Assert.Equal([0.3, 0.7], precision.Thresholds);
    }

    [Fact]
    public void A_prediction_equal_to_the_threshold_is_negative()
    {
        var precision = new Precision(thresholds: [0.5]);
        precision.UpdateState(new Tensor([0f, 1f]), new Tensor([0.5f, 0.6f]));
        Assert.Equal(1.0, precision.Result(), 12);
    }

    [Fact]
    public void Top_k_per_row_of_class_scores()
    {
        // y [[0, 1, 0], [1, 0, 0]], p [[0.2, 0.5, 0.3], [0.1, 0.6, 0.3]].
        // k = 1: kept (0, 1) positive-label → tp; (1, 1) negative-label → fp; label (1, 0) not kept → fn.
        // k = 2: kept (0, 1) tp, (0, 2) fp, (1, 1) fp, (1, 2) fp; (1, 0) fn.
        Tensor yTrue = new(new float[,] { { 0, 1, 0 }, { 1, 0, 0 } }), yPred = new(new float[,] { { 0.2f, 0.5f, 0.3f }, { 0.1f, 0.6f, 0.3f } });
        Assert.Equal(0.5, Evaluate(new Precision(topK: 1), yTrue, yPred), 12);
        Assert.Equal(0.5, Evaluate(new Recall(topK: 1), yTrue, yPred), 12);
        Assert.Equal(0.25, Evaluate(new Precision(topK: 2), yTrue, yPred), 12);
        Assert.Equal(0.5, Evaluate(new Recall(topK: 2), yTrue, yPred), 12);
    }

    [Fact]
    public void Class_id_counts_one_column()
    {
        // Column 1: p [0.6, 0.3, 0.7] > 0.5 → [1, 0, 1]; labels [1, 1, 0] → tp 1, fp 1, fn 1.
        Tensor yTrue = new(new float[,] { { 0, 1, 0 }, { 0, 1, 0 }, { 1, 0, 0 } });
        Tensor yPred = new(new float[,] { { 0.2f, 0.6f, 0.2f }, { 0.6f, 0.3f, 0.1f }, { 0.1f, 0.7f, 0.2f } });
        Assert.Equal(0.5, Evaluate(new Precision(classId: 1), yTrue, yPred), 12);
        Assert.Equal(0.5, Evaluate(new Recall(classId: 1), yTrue, yPred), 12);

        // Column 0 with top-1: only row 1 keeps column 0 (0.6 is its largest) → tp 0, fp 1; row 2's label is missed.
        Assert.Equal(0.0, Evaluate(new Precision(topK: 1, classId: 0), yTrue, yPred), 12);
        Assert.Equal(0.0, Evaluate(new Recall(topK: 1, classId: 0), yTrue, yPred), 12);
    }

    [Fact]
    public void Per_sample_weights_weight_every_element_of_the_row()
    {
        // p > 0.5: [[1, 1], [1, 0]]; y [[1, 0], [0, 1]]; weights by row [2, 1].
        // tp = 2 (0,0); fp = 2 (0,1) + 1 (1,0) = 3; fn = 1 (1,1).
        Tensor yTrue = new(new float[,] { { 1, 0 }, { 0, 1 } }), yPred = new(new float[,] { { 0.9f, 0.8f }, { 0.7f, 0.2f } });
        Tensor weights = new([2f, 1f]);
        Assert.Equal(0.4, Evaluate(new Precision(), yTrue, yPred, weights), 12);
        Assert.Equal(2.0 / 3, Evaluate(new Recall(), yTrue, yPred, weights), 12);
    }

    [Fact]
    public void Bad_arguments_throw_with_what_was_received()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Precision(thresholds: [1.5]));
        Assert.Contains("[0, 1]", e.Message);
        Assert.Contains("1.5", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recall(thresholds: []));
        Assert.Contains("topK ≥ 1", Assert.Throws<ArgumentOutOfRangeException>(() => new Recall(topK: 0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Precision(classId: -1));

        var shape = Assert.Throws<ShapeMismatchException>(() => new Precision().UpdateState(new Tensor([1f, 0f]), new Tensor([1f, 0f, 1f])));
        Assert.Contains("(3,)", shape.Message);
        Assert.Contains("classId 3", Assert.Throws<ShapeMismatchException>(
            () => new Recall(classId: 3).UpdateState(new Tensor(new float[,] { { 1, 0, 0 } }), new Tensor(new float[,] { { 1, 0, 0 } }))).Message);
        Assert.Throws<ShapeMismatchException>(() => new Recall(classId: 0).UpdateState(new Tensor([1f, 0f]), new Tensor([1f, 0f])));
        Assert.Contains("sample weights", Assert.Throws<ShapeMismatchException>(
            () => new Precision().UpdateState(new Tensor([1f, 0f, 1f]), new Tensor([1f, 0f, 1f]), new Tensor([1f, 1f]))).Message);
    }

    private static double Evaluate(Metric metric, Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        metric.UpdateState(yTrue, yPred, sampleWeight);
        return metric.Result();
    }
}
