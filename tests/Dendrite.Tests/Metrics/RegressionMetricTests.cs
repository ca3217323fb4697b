using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Tests.Metrics;

public class RegressionMetricTests
{
    // Keras docstring data: y_true [[0, 1], [0, 0]], y_pred [[1, 1], [0, 0]]; squared and absolute
    // errors are both [1, 0 | 0, 0], so the per-sample means are 0.5 and 0.
    private static readonly Tensor s_yTrue = new(new float[,] { { 0, 1 }, { 0, 0 } });
    private static readonly Tensor s_yPred = new(new float[,] { { 1, 1 }, { 0, 0 } });

    [Fact]
    public void Keras_docstring_values()
    {
        Assert.Equal(0.25, Evaluate(new MeanSquaredError(), null), 12);
        Assert.Equal(0.5, Evaluate(new MeanSquaredError(), new Tensor([1f, 0f])), 12);
        Assert.Equal(0.25, Evaluate(new MeanAbsoluteError(), null), 12);
        Assert.Equal(0.5, Evaluate(new MeanAbsoluteError(), new Tensor([1f, 0f])), 12);
        Assert.Equal(0.5, Evaluate(new RootMeanSquaredError(), null), 12);
        Assert.Equal(0.70710677, Evaluate(new RootMeanSquaredError(), new Tensor([1f, 0f])), 7);
    }

    [Fact]
    public void Mse_and_mae_accumulate_over_batches_and_reset()
    {
        // Batch 1: errors [3, −1] and [0.5, 0.5] → squared means 5, 0.25; absolute means 2, 0.5.
        // Batch 2: errors [−2, 2] → squared mean 4; absolute mean 2.
        Tensor t1 = new(new float[,] { { 0, 0 }, { 1, 1 } }), p1 = new(new float[,] { { 3, -1 }, { 1.5f, 1.5f } });
        Tensor t2 = new(new float[,] { { 1, 1 } }), p2 = new(new float[,] { { -1, 3 } });
        var mse = new MeanSquaredError();
        var mae = new MeanAbsoluteError();
        foreach (Metric m in new Metric[] { mse, mae })
        {
            m.UpdateState(t1, p1);
            m.UpdateState(t2, p2);
        }

        Assert.Equal((5 + 0.25 + 4) / 3, mse.Result(), 12);
        Assert.Equal((2 + 0.5 + 2) / 3.0, mae.Result(), 12);

        mse.ResetState();
        Assert.Equal(0.0, mse.Result());
        mse.UpdateState(t2, p2);
        Assert.Equal(4.0, mse.Result(), 12);
    }

    [Fact]
    public void Rmse_is_the_root_of_the_running_mean_not_the_mean_of_batch_roots()
    {
        // Errors {0, 0} then {2, 2}: sqrt((0 + 4) / 2) = sqrt(2), whereas the mean of batch RMSEs is (0 + 2) / 2 = 1.
        var rmse = new RootMeanSquaredError();
        rmse.UpdateState(new Tensor([0f, 0f]), new Tensor([0f, 0f]));
        rmse.UpdateState(new Tensor([0f, 0f]), new Tensor([2f, -2f]));
        Assert.Equal(Math.Sqrt(2), rmse.Result(), 12);

        rmse.ResetState();
        rmse.UpdateState(new Tensor([1f]), new Tensor([4f]));
        Assert.Equal(3.0, rmse.Result(), 12);
    }

    [Fact]
    public void Sample_weights_weight_each_sample()
    {
        // Squared means 5 and 0.25 with weights 0.2 and 0.8: (1 + 0.2) / 1 = 1.2.
        var mse = new MeanSquaredError();
        mse.UpdateState(new Tensor(new float[,] { { 0, 0 }, { 1, 1 } }), new Tensor(new float[,] { { 3, -1 }, { 1.5f, 1.5f } }), new Tensor([0.2f, 0.8f]));
        Assert.Equal(1.2, mse.Result(), 6);
    }

    [Fact]
    public void Vector_targets_fit_single_output_predictions()
    {
        var mae = new MeanAbsoluteError();
        mae.UpdateState(new Tensor([1f, 2f]), new Tensor(new float[,] { { 1.5f }, { 1 } }));
        Assert.Equal(0.75, mae.Result(), 12);
    }

    [Fact]
    public void Mismatched_shapes_throw()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => new MeanSquaredError().UpdateState(new Tensor([1f, 2f, 3f]), s_yPred));
        Assert.Contains("MeanSquaredError", e.Message);
        Assert.Throws<ShapeMismatchException>(() => new RootMeanSquaredError().UpdateState(new Tensor(new float[,] { { 0, 1, 0, 0 } }), s_yPred));
    }

    [Fact]
    public void Default_names_are_the_Keras_log_keys()
    {
        Assert.Equal("mean_squared_error", new MeanSquaredError().Name);
        Assert.Equal("mean_absolute_error", new MeanAbsoluteError().Name);
        Assert.Equal("root_mean_squared_error", new RootMeanSquaredError().Name);
    }

    private static double Evaluate(Metric metric, Tensor? sampleWeight)
    {
        metric.UpdateState(s_yTrue, s_yPred, sampleWeight);
        return metric.Result();
    }
}
