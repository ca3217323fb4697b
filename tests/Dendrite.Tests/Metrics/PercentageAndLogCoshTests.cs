using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class PercentageAndLogCoshTests
{
    // Keras docstring data for both: y_true [[0, 1], [0, 0]], y_pred [[1, 1], [0, 0]].
    private static readonly Tensor s_yTrue = new(new float[,] { { 0, 1 }, { 0, 0 } });
    private static readonly Tensor s_yPred = new(new float[,] { { 1, 1 }, { 0, 0 } });

    [Fact]
    public void Mape_Keras_docstring_values()
    {
        // keras.metrics.MeanAbsolutePercentageError → 250000000.0; sample_weight [1, 0] → 500000000.0.
        // Row 0: 100 · mean(|0 − 1| / 1e-7, 0) = 5e8; row 1: 0.
        var m = new MeanAbsolutePercentageError();
        m.UpdateState(s_yTrue, s_yPred);
        Assert.Equal(2.5e8, m.Result(), 1e-6 * 2.5e8);
        m.ResetState();
        m.UpdateState(s_yTrue, s_yPred, new Tensor([1f, 0f]));
        Assert.Equal(5e8, m.Result(), 1e-6 * 5e8);
        Assert.Equal("mean_absolute_percentage_error", m.Name);
    }

    [Fact]
    public void Mape_accumulates_over_batches()
    {
        // Batch 1: |2 − 1| / 2 = 50 %, |4 − 5| / 4 = 25 %; batch 2: |−10 − (−5)| / 10 = 50 % → 125 / 3.
        var m = new MeanAbsolutePercentageError();
        m.UpdateState(new Tensor(new float[,] { { 2 }, { 4 } }), new Tensor(new float[,] { { 1 }, { 5 } }));
        m.UpdateState(new Tensor(new float[,] { { -10 } }), new Tensor(new float[,] { { -5 } }));
        Assert.Equal(125.0 / 3, m.Result(), 12);
    }

    [Fact]
    public void LogCosh_Keras_docstring_values()
    {
        // keras.metrics.LogCoshError → 0.10844523; sample_weight [1, 0] → 0.21689045. Row 0 = log(cosh(1)) / 2.
        var m = new LogCoshError();
        m.UpdateState(s_yTrue, s_yPred);
        Assert.Equal(Math.Log(Math.Cosh(1)) / 4, m.Result(), 12);
        Assert.Equal(0.10844523, m.Result(), 7);
        m.ResetState();
        m.UpdateState(s_yTrue, s_yPred, new Tensor([1f, 0f]));
        Assert.Equal(0.21689045, m.Result(), 7);
        Assert.Equal("logcosh", m.Name);
    }

    [Fact]
    public void LogCosh_does_not_overflow_for_large_errors()
    {
        // cosh(1000) overflows a double; log cosh x = |x| − log 2 + log(1 + e^−2|x|) → 1000 − log 2.
        var m = new LogCoshError();
        m.UpdateState(new Tensor([0f, 0f]), new Tensor([1000f, -1000f]));
        Assert.Equal(1000 - Math.Log(2), m.Result(), 9);
        Assert.Equal(Math.Log(Math.Cosh(0.3)), LogCoshError.LogCosh(-0.3), 15);
    }

    [Fact]
    public void Mismatched_shapes_throw()
    {
        Assert.Contains("MeanAbsolutePercentageError", Assert.Throws<ShapeMismatchException>(
            () => new MeanAbsolutePercentageError().UpdateState(new Tensor([1f]), s_yPred)).Message);
        Assert.Throws<ShapeMismatchException>(() => new LogCoshError().UpdateState(new Tensor([1f]), s_yPred));
    }
}
