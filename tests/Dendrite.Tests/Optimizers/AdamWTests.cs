using Dendrite.Autodiff;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Optimizers;

public class AdamWTests
{
    [Fact]
    public void Steps_decay_the_weights_before_the_Adam_step()
    {
        // η = 0.1, λ = 0.1: w ← w − w·λ·η, then the Adam step of AdamTests (computed in double).
        // Step 1, element 0: 1 − 0.01 = 0.99, then Adam moves it by ≈ −0.1 → 0.89.
        double[,] expected =
        {
            { 0.890000632451532, -1.880000316226766 },
            { 0.7912436335557586, -1.826639829790079 },
            { 0.7537760151330763, -1.7876839756916858 },
        };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new AdamW(learningRate: 0.1, weightDecay: 0.1)));
    }

    [Fact]
    public void Zero_decay_is_Adam()
    {
        double[][] adamW = OptimizerRun.Steps(new AdamW(learningRate: 0.1, weightDecay: 0));
        double[][] adam = OptimizerRun.Steps(new Adam(learningRate: 0.1));
        Assert.Equal(adam, adamW);
    }

    [Fact]
    public void Decay_shrinks_weights_even_with_zero_gradient()
    {
        // g = 0 keeps m = v = 0, so the Adam step is 0 and only w·(1 − λη) remains: 2·(1 − 0.004·0.5)².
        var w = new Variable("w", Tensor.Full(new Shape(3), 2.0, DType.Float64));
        var opt = new AdamW(learningRate: 0.5);
        Tensor zero = Tensor.Zeros(new Shape(3), DType.Float64);
        opt.Apply([w], [zero]);
        opt.Apply([w], [zero]);
        Assert.All(w.Value.ToDoubleArray(), v => Assert.Equal(2 * (1 - 0.002) * (1 - 0.002), v, 12));
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new AdamW(learningRate: 0.1, weightDecay: 0.1));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new AdamW();
        Assert.Equal(0.001, opt.LearningRate);
        Assert.Equal(0.004, opt.WeightDecay);
        Assert.Equal(0.9, opt.Beta1);
        Assert.Equal(0.999, opt.Beta2);
        Assert.Equal(1e-7, opt.Epsilon);
        Assert.Equal("adamw", opt.Name);
        Assert.Equal(0.004, opt.GetConfig()["weight_decay"]);
    }

    [Fact]
    public void Invalid_hyperparameters_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW(weightDecay: -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW(weightDecay: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW(beta1: 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamW(learningRate: -1));
    }
}
