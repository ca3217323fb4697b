using Dendrite.Autodiff;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Regularizers;

public sealed class RegularizerTests
{
    private static readonly Tensor s_x = new(new double[] { 1, -2, 0.5, 3 }, new Shape(2, 2));

    [Fact]
    public void Penalties_are_the_published_formulas()
    {
        // Σ|x| = 6.5, Σx² = 1 + 4 + 0.25 + 9 = 14.25.
        Assert.Equal(0.3 * 6.5, new L1(0.3).Call(s_x).ToScalar(), 12);
        Assert.Equal(0.1 * 14.25, new L2(0.1).Call(s_x).ToScalar(), 12);
        Assert.Equal((0.3 * 6.5) + (0.1 * 14.25), new L1L2(l1: 0.3, l2: 0.1).Call(s_x).ToScalar(), 12);
        Assert.Equal(0.0, new L1L2().Call(s_x).ToScalar());
    }

    [Fact]
    public void L2_of_ones_is_the_Keras_docstring_value()
    {
        // keras/src/regularizers/regularizers.py: regularizer = L2(2.); regularizer(ops.ones((5, 5))) → 50.0
        Assert.Equal(50.0, new L2(2.0).Call(Tensor.Ones(new Shape(5, 5))).ToScalar(), 5);
    }

    [Fact]
    public void Defaults_are_Keras()
    {
        Assert.Equal(0.01, new L1().Factor);
        Assert.Equal(0.01, new L2().Factor);
        Assert.Equal(0.0, new L1L2().L1);
        Assert.Equal(0.0, new L1L2().L2);
        Assert.Equal("l1_l2", new L1L2().Name);
        Assert.Equal(0.01, new L2().GetConfig()["l2"]);
        IReadOnlyDictionary<string, object?> serialized = new L1L2(0.1, 0.2).Serialize();
        Assert.Equal("L1L2", serialized["class_name"]);
        Assert.Equal(0.2, ((IReadOnlyDictionary<string, object?>)serialized["config"]!)["l2"]);
    }

    [Fact]
    public void Penalties_differentiate_in_double_precision()
    {
        Tensor x = TestData.Normal(3, 3, 4);
        GradientCheckResult result = GradientCheck.Check(t => new L1L2(l1: 0.2, l2: 0.7).Call(t), x);
        Assert.True(result.Passed, result.ToString());
        Assert.Equal(12, result.Count);
    }

    [Fact]
    public void Negative_or_non_finite_factors_throw()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new L1(-0.1));
        Assert.Contains("L1 l1 must be a finite number >= 0, received -0.1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new L2(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new L1L2(l2: double.PositiveInfinity));
    }

    [Fact]
    public void Dense_losses_are_the_Keras_docstring_example()
    {
        // keras/src/regularizers/regularizers.py: Dense(5, kernel_initializer='ones', kernel_regularizer=L1(0.01),
        // activity_regularizer=L2(0.01)) on ones((5, 5)) * 2 → sum(layer.losses) = 5.25:
        // kernel 0.01·25 = 0.25; outputs all 10, activity 0.01·25·100 / batch 5 = 5.
        var dense = new Dense(5, kernelInitializer: new Ones(), kernelRegularizer: new L1(0.01), activityRegularizer: new L2(0.01));
        dense.Apply(Tensor.Full(new Shape(5, 5), 2.0));
        Assert.Equal(2, dense.Losses.Count);
        Assert.Equal(5.25, dense.Losses.Sum(l => l.ToScalar()), 4);
    }

    [Fact]
    public void Activity_penalty_is_replaced_on_each_call_and_frozen_layers_drop_weight_penalties()
    {
        var dense = new Dense(2, kernelInitializer: new Ones(), kernelRegularizer: new L2(0.5), activityRegularizer: new L1(1.0));
        dense.Apply(Tensor.Full(new Shape(4, 3), 1.0));
        dense.Apply(Tensor.Full(new Shape(2, 3), 1.0));
        // kernel: 0.5·6 = 3; activity of the last call only: Σ|y| = 2·2·3 = 12, / batch 2 = 6.
        Assert.Equal(9.0, dense.Losses.Sum(l => l.ToScalar()), 5);
        dense.Trainable = false;
        Assert.Equal(6.0, Assert.Single(dense.Losses).ToScalar(), 5);
    }

    [Fact]
    public void Weight_penalty_differentiates_into_the_kernel()
    {
        // d(l2·Σw²)/dw = 2·l2·w = 2·0.25·3 = 1.5 for every element of a kernel filled with 3.
        var dense = new Dense(2, kernelInitializer: new Constant(3), kernelRegularizer: new L2(0.25));
        dense.Build(new Shape(-1, 2));
        Tensor[] gradient;
        using (var tape = new GradientTape())
        {
            tape.Watch(dense.Kernel!.Value);
            gradient = tape.Gradient(Assert.Single(dense.Losses), [dense.Kernel.Value]);
        }

        Assert.All(gradient[0].ToArray(), g => Assert.Equal(1.5f, g));
    }
}
