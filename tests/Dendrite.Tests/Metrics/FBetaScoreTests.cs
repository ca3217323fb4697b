using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class FBetaScoreTests
{
    // Keras F1Score / FBetaScore docstring data (keras/src/metrics/f_score_metrics.py). With threshold 0.5 the
    // predictions are [[0, 1, 1], [0, 1, 1], [1, 1, 0]]: class 0 tp 1 fn 2 (P 1, R 1/3); class 1 tp 2 fp 1 (P 2/3, R 1);
    // class 2 tp 1 fp 1 (P 1/2, R 1). Supports 3, 2, 1.
    private static readonly Tensor s_yTrue = new(new float[,] { { 1, 1, 1 }, { 1, 0, 0 }, { 1, 1, 0 } });
    private static readonly Tensor s_yPred = new(new float[,] { { 0.2f, 0.6f, 0.7f }, { 0.2f, 0.6f, 0.6f }, { 0.6f, 0.8f, 0.0f } });

    [Fact]
    public void Keras_docstring_per_class_values()
    {
        // F1Score(threshold=0.5) → [0.5, 0.8, 0.6666667]; FBetaScore(beta=2.0, threshold=0.5) → [0.3846154, 0.90909094, 0.8333334].
        var f1 = new F1Score(threshold: 0.5);
        f1.UpdateState(s_yTrue, s_yPred);
        AssertClose([0.5, 0.8, 2.0 / 3], f1.ResultPerClass());
        Assert.Equal((0.5 + 0.8 + (2.0 / 3)) / 3, f1.Result(), 12); // average None: the scalar is the mean

        var f2 = new FBetaScore(beta: 2.0, threshold: 0.5);
        f2.UpdateState(s_yTrue, s_yPred);
        AssertClose([5.0 / 13, 10.0 / 11, 5.0 / 6], f2.ResultPerClass());
        Assert.Equal("f1_score", f1.Name);
        Assert.Equal("fbeta_score", f2.Name);
    }

    [Fact]
    public void Averages_by_hand()
    {
        // Micro: tp 4, fp 2, fn 2 → P = R = 2/3 → F1 2/3. Macro: the mean. Weighted: (0.5·3 + 0.8·2 + (2/3)·1) / 6.
        Assert.Equal(2.0 / 3, Evaluate(new F1Score(ScoreAverage.Micro, threshold: 0.5)), 12);
        Assert.Equal((0.5 + 0.8 + (2.0 / 3)) / 3, Evaluate(new F1Score(ScoreAverage.Macro, threshold: 0.5)), 12);
        Assert.Equal((1.5 + 1.6 + (2.0 / 3)) / 6, Evaluate(new F1Score(ScoreAverage.Weighted, threshold: 0.5)), 12);
    }

    [Theory]
    [InlineData(ScoreAverage.Macro, 0.8 / 3)]
    [InlineData(ScoreAverage.Micro, 1.0 / 3)]
    [InlineData(ScoreAverage.Weighted, 0.8 / 3)]
    [InlineData(ScoreAverage.None, 0.8 / 3)]
    public void Scikit_learn_f1_score_example_with_labels_over_two_batches(ScoreAverage average, double expected)
    {
        // sklearn.metrics.f1_score docstring: y_true [0, 1, 2, 0, 1, 2], y_pred [0, 2, 1, 0, 0, 1]
        // → macro 0.26…, micro 0.33…, weighted 0.26…, None [0.8, 0, 0]. Predictions as one-hot scores (argmax).
        var f1 = new F1Score(average);
        f1.UpdateState(new[] { 0, 1, 2 }, new Tensor(new float[,] { { 1, 0, 0 }, { 0, 0, 1 }, { 0, 1, 0 } }));
        f1.UpdateState(new[] { 0, 1, 2 }, new Tensor(new float[,] { { 1, 0, 0 }, { 1, 0, 0 }, { 0, 1, 0 } }));
        Assert.Equal(expected, f1.Result(), 12);
        AssertClose([0.8, 0, 0], f1.ResultPerClass());
    }

    [Fact]
    public void Argmax_marks_every_tied_maximum_but_not_all_zero_rows()
    {
        // Row [0.4, 0.4, 0.2] predicts classes 0 and 1; row [0, 0, 0] predicts nothing (|p| > 1e-9), as Keras.
        // Class 0: tp 1 (row 0); class 1: fp 1 (row 0); class 2: fn 1 (row 1) → per class [1, 0, 0].
        var f1 = new F1Score();
        f1.UpdateState(new Tensor(new float[,] { { 1, 0, 0 }, { 0, 0, 1 } }), new Tensor(new float[,] { { 0.4f, 0.4f, 0.2f }, { 0, 0, 0 } }));
        AssertClose([1, 0, 0], f1.ResultPerClass());
    }

    [Fact]
    public void Sample_weights_and_reset()
    {
        // Weights [1, 0, 1] drop row 1: class 0 tp 1 fn 1 → 2/3; class 1 tp 2 → 1; class 2 tp 1 → 1.
        var f1 = new F1Score(threshold: 0.5);
        f1.UpdateState(s_yTrue, s_yPred, new Tensor([1f, 0f, 1f]));
        AssertClose([2.0 / 3, 1, 1], f1.ResultPerClass());
        f1.ResetState();
        Assert.Equal(0.0, f1.Result());
        AssertClose([0, 0, 0], f1.ResultPerClass());
        Assert.Equal(0.0, new F1Score().Result());
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Contains("beta > 0", Assert.Throws<ArgumentOutOfRangeException>(() => new FBetaScore(beta: 0)).Message);
        Assert.Contains("(0, 1]", Assert.Throws<ArgumentOutOfRangeException>(() => new F1Score(threshold: 1.5)).Message);
        var label = Assert.Throws<InvalidTargetException>(() => new F1Score().UpdateState(new[] { 3 }, new Tensor(new float[,] { { 1, 0, 0 } })));
        Assert.Contains("[0, 3)", label.Message);
        var f1 = new F1Score();
        f1.UpdateState(s_yTrue, s_yPred);
        Assert.Contains("3 classes", Assert.Throws<ShapeMismatchException>(() => f1.UpdateState(new[] { 1 }, new Tensor(new float[,] { { 1, 0 } }))).Message);
        Assert.Throws<ShapeMismatchException>(() => new F1Score().UpdateState(new Tensor(new float[,] { { 1, 0 } }), s_yPred));
    }

    private static double Evaluate(Metric metric)
    {
        metric.UpdateState(s_yTrue, s_yPred);
        return metric.Result();
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }
}
