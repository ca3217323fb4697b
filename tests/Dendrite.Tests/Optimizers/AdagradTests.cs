using Dendrite.Autodiff;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Optimizers;

public class AdagradTests
{
    [Fact]
    public void Steps_follow_Keras_3()
    {
        // Keras 3, η = 0.1, a₀ = 0.1, ε = 1e-7:  a ← a + g²;  w ← w − ηg / sqrt(a + ε)   (computed in double)
        // Step 1, element 0: a = 0.35, w = 1 − 0.05 / sqrt(0.3500001) ≈ 0.9154846.
        double[,] expected =
        {
            { 0.9154845866007779, -1.9046537454093613 },
            { 0.8834589599456097, -1.9402885762502706 },
            { 0.9267602256242834, -1.9491621409950788 },
        };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new Adagrad(learningRate: 0.1)));
    }

    [Fact]
    public void Accumulator_starts_at_the_initial_value()
    {
        // a₀ = 3, g = 1: a = 4, w = 0 − 0.5·1 / sqrt(4) = −0.25 (ε = 0).
        var w = new Variable("w", Tensor.Zeros(new Shape(1), DType.Float64));
        var opt = new Adagrad(learningRate: 0.5, initialAccumulatorValue: 3, epsilon: 0);
        opt.Apply([w], [Tensor.Full(new Shape(1), 1.0, DType.Float64)]);
        Assert.Equal(-0.25, w.Value.ToScalar(), 14);
        Assert.Equal(4.0, opt.GetState()["w/accumulator"].ToScalar(), 14);
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new Adagrad(learningRate: 0.1));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new Adagrad();
        Assert.Equal(0.001, opt.LearningRate);
        Assert.Equal(0.1, opt.InitialAccumulatorValue);
        Assert.Equal(1e-7, opt.Epsilon);
        Assert.Equal("adagrad", opt.Name);
    }

    [Theory]
    [InlineData(0.0, 0.1, 1e-7)]
    [InlineData(0.001, -0.1, 1e-7)]
    [InlineData(0.001, double.NaN, 1e-7)]
    [InlineData(0.001, 0.1, -1.0)]
    [InlineData(0.001, 0.1, double.PositiveInfinity)]
    public void Invalid_hyperparameters_throw(double learningRate, double initialAccumulatorValue, double epsilon)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adagrad(learningRate, initialAccumulatorValue, epsilon));
    }
}
