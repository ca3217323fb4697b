using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class ConfusionMatrixTests
{
    // scikit-learn confusion_matrix docstring: y_true [2, 0, 2, 2, 0, 1], y_pred [0, 0, 2, 2, 0, 2]
    // → [[2, 0, 0], [0, 0, 1], [1, 0, 2]].
    private static readonly int[,] s_sklearnMatrix = { { 2, 0, 0 }, { 0, 0, 1 }, { 1, 0, 2 } };

    [Fact]
    public void Scikit_learn_example_from_labels()
    {
        var cm = new ConfusionMatrix();
        cm.UpdateLabels([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]);
        Assert.Equal(s_sklearnMatrix, cm.Matrix);
        Assert.Equal(3, cm.NumClasses);
        Assert.Equal(6, cm.Total);
        Assert.Equal(4.0 / 6, cm.Result(), 12); // the scalar for logs is the accuracy
    }

    [Fact]
    public void Scikit_learn_example_from_probabilities_over_two_batches()
    {
        // The argmax of each row is the predicted class; labels or one-hot targets give the true class.
        var cm = new ConfusionMatrix();
        cm.UpdateState(new[] { 2, 0, 2 }, new Tensor(new float[,] { { 0.6f, 0.3f, 0.1f }, { 0.5f, 0.2f, 0.3f }, { 0.1f, 0.1f, 0.8f } }));
        cm.UpdateState(
            new Tensor(new float[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }),
            new Tensor(new float[,] { { 0.2f, 0.3f, 0.5f }, { 0.4f, 0.3f, 0.3f }, { 0.1f, 0.4f, 0.5f } }));
        Assert.Equal(s_sklearnMatrix, cm.Matrix);
        cm.ResetState();
        Assert.Equal(0, cm.Total);
        Assert.Equal(0.0, cm.Result());
        Assert.Equal(3, cm.NumClasses);
    }

    [Fact]
    public void Binary_predictions_use_the_threshold()
    {
        // scikit-learn: confusion_matrix([0, 1, 0, 1], [1, 1, 1, 0]).ravel() → (tn 0, fp 2, fn 1, tp 1).
        var cm = new ConfusionMatrix();
        cm.UpdateState(new Tensor(new float[,] { { 0 }, { 1 }, { 0 }, { 1 } }), new Tensor(new float[,] { { 0.9f }, { 0.8f }, { 0.6f }, { 0.3f } }));
        Assert.Equal(new[,] { { 0, 2 }, { 1, 1 } }, cm.Matrix);

        // Threshold 0.7 turns 0.6 into a negative: tn 1, fp 1, fn 1, tp 1.
        var strict = new ConfusionMatrix(threshold: 0.7);
        strict.UpdateState(new Tensor([0f, 1f, 0f, 1f]), new Tensor([0.9f, 0.8f, 0.6f, 0.3f]));
        Assert.Equal(new[,] { { 1, 1 }, { 1, 1 } }, strict.Matrix);
    }

    [Fact]
    public void Whole_sample_weights_count_samples_several_times_or_not_at_all()
    {
        var cm = new ConfusionMatrix(numClasses: 2);
        cm.UpdateState(new Tensor([0f, 1f, 1f]), new Tensor([0.2f, 0.9f, 0.1f]), new Tensor([2f, 0f, 1f]));
        Assert.Equal(new[,] { { 2, 0 }, { 1, 0 } }, cm.Matrix);
        Assert.Contains("whole", Assert.Throws<ArgumentException>(
            () => cm.UpdateState(new Tensor([0f]), new Tensor([0.2f]), new Tensor([0.5f]))).Message);
    }

    [Fact]
    public void ToString_prints_the_rows()
    {
        var cm = new ConfusionMatrix();
        cm.UpdateLabels([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]);
        Assert.Equal("confusion_matrix:\n[[2 0 0]\n [0 0 1]\n [1 0 2]]", cm.ToString());
    }

    [Fact]
    public void Bad_inputs_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(numClasses: 1));
        var cm = new ConfusionMatrix(numClasses: 3);
        Assert.Contains("[0, 3)", Assert.Throws<InvalidTargetException>(() => cm.UpdateLabels([3], [0])).Message);
        Assert.Throws<InvalidTargetException>(() => cm.UpdateLabels([-1], [0]));
        Assert.Throws<ShapeMismatchException>(() => cm.UpdateLabels([1, 2], [0]));
        Assert.Contains("3 classes", Assert.Throws<ShapeMismatchException>(
            () => cm.UpdateState(new[] { 1 }, new Tensor(new float[,] { { 0.5f, 0.2f, 0.2f, 0.1f } }))).Message);
        Assert.Throws<ShapeMismatchException>(() => cm.UpdateState(new[] { 1, 0 }, new Tensor(new float[,] { { 0.5f, 0.2f, 0.3f } })));
        Assert.Throws<InvalidTargetException>(() => new ConfusionMatrix().UpdateState(new Tensor([2f]), new Tensor([0.3f])));
    }
}
