using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class BatchNormalizationTests
{
    // Batch of 2, channels (1, 2) and (3, 6): channel 0 mean 2, biased variance 1; channel 1 mean 4, variance 4.
    private static Tensor X() => new(new float[] { 1, 2, 3, 6 }, new Shape(2, 2));

    private static void AssertValues(double[] expected, Tensor actual, int precision = 5)
    {
        double[] a = actual.ToDoubleArray();
        Assert.Equal(expected.Length, a.Length);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(expected[i], a[i], precision);
        }
    }

    [Fact]
    public void Training_normalizes_with_batch_statistics_and_updates_the_moving_ones()
    {
        var bn = new BatchNormalization();
        bn.Build(new Shape(-1, 2));
        Tensor y = bn.Call(X(), training: true);
        double s0 = 1 / Math.Sqrt(1 + 1e-3), s1 = 2 / Math.Sqrt(4 + 1e-3);
        AssertValues([-s0, -s1, s0, s1], y);
        // moving = moving · 0.99 + batch · 0.01, from mean 0 and variance 1.
        AssertValues([0.02, 0.04], bn.MovingMean!.Value, 6);
        AssertValues([1.0, 1.03], bn.MovingVariance!.Value, 6);
    }

    [Fact]
    public void Inference_uses_the_moving_statistics_with_gamma_and_beta()
    {
        // Initial moving mean 0 and variance 1: y = 2 · x / sqrt(1.001) + 0.5.
        var bn = new BatchNormalization(gammaInitializer: new Constant(2), betaInitializer: new Constant(0.5));
        bn.Build(new Shape(-1, 2));
        double s = 2 / Math.Sqrt(1.001);
        AssertValues([(1 * s) + 0.5, (2 * s) + 0.5, (3 * s) + 0.5, (6 * s) + 0.5], bn.Call(X()), 4);
        Assert.Equal([0f, 0f], bn.MovingMean!.Value.ToArray());
    }

    [Fact]
    public void A_frozen_layer_runs_in_inference_mode_as_Keras()
    {
        var bn = new BatchNormalization { Trainable = false };
        bn.Build(new Shape(-1, 2));
        Tensor y = bn.Call(X(), training: true);
        AssertValues([1 / Math.Sqrt(1.001), 2 / Math.Sqrt(1.001), 3 / Math.Sqrt(1.001), 6 / Math.Sqrt(1.001)], y);
        Assert.Equal([0f, 0f], bn.MovingMean!.Value.ToArray());
    }

    [Fact]
    public void Channel_axis_1_reduces_over_the_other_axes()
    {
        // x (2, 2, 2) with channel c on axis 1: channel 0 holds {0, 1, 4, 5}, channel 1 holds {2, 3, 6, 7}.
        var x = new Tensor(new float[] { 0, 1, 2, 3, 4, 5, 6, 7 }, new Shape(2, 2, 2));
        var bn = new BatchNormalization(axis: 1, momentum: 0.5);
        Tensor y = bn.Apply(x, training: true);
        // Both channels: deviations (−2.5, −1.5, 1.5, 2.5) from means 2.5 and 4.5, biased variance 4.25.
        double d = Math.Sqrt(4.25 + 1e-3);
        AssertValues([-2.5 / d, -1.5 / d, -2.5 / d, -1.5 / d, 1.5 / d, 2.5 / d, 1.5 / d, 2.5 / d], y);
        AssertValues([1.25, 2.25], bn.MovingMean!.Value, 6);
        Assert.Equal(new Shape(2), bn.Weights[0].Shape);
    }

    [Fact]
    public void Training_gradients_match_central_differences_in_double_precision()
    {
        var bn = new BatchNormalization(gammaInitializer: new RandomNormal(1, 0.5), betaInitializer: new RandomNormal(0, 0.5));
        Tensor x = TestData.Normal(7, 5, 3);
        bn.Apply(x);
        GradientCheckResult result = GradientCheck.Check(t => bn.Call(t, training: true), x, bn.TrainableVariables);
        Assert.True(result.Passed, result.ToString());
        Assert.Equal(15 + 3 + 3, result.Count);
    }

    [Fact]
    public void Weights_are_gamma_beta_then_the_moving_statistics()
    {
        var bn = new BatchNormalization(name: "bn");
        bn.Build(new Shape(-1, 3));
        Assert.Equal(["bn/gamma", "bn/beta", "bn/moving_mean", "bn/moving_variance"], bn.Weights.Select(w => w.Name));
        Assert.Equal(2, bn.TrainableVariables.Count);
        Assert.Equal((-1, 0.99, 1e-3, true, true), (bn.Axis, bn.Momentum, bn.Epsilon, bn.Center, bn.Scale));
    }

    [Fact]
    public void Bad_arguments_throw_with_clear_messages()
    {
        var e = Assert.Throws<ShapeMismatchException>(() => new BatchNormalization(axis: 3, name: "bn_bad").Build(new Shape(-1, 4)));
        Assert.Contains("BatchNormalization 'bn_bad' has axis 3, which is out of range for input shape (None, 4)", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchNormalization(momentum: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchNormalization(epsilon: 0));
        Assert.Throws<InvalidOperationException>(() => new BatchNormalization().Call(X()));
    }
}
