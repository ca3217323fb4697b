using Dendrite.Autodiff;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Optimizers;

// Keras 3 RMSprop, η = 0.01, ρ = 0.9, ε = 1e-7, expected values computed in double from
//   v ← ρv + (1 − ρ)g²;  [centered: ḡ ← ρḡ + (1 − ρ)g;  d = v − ḡ² + ε, else d = v + ε]
//   Δ = ηg / sqrt(d);    [momentum μ: m ← μm + Δ; w ← w − m, else w ← w − Δ]
public class RMSpropTests
{
    [Fact]
    public void Plain_steps_follow_Keras()
    {
        // Step 1, element 0: v = 0.025, Δ = 0.005 / sqrt(0.0250001) ≈ 0.0316228.
        double[,] expected =
        {
            { 0.9683772866436797, -1.9683772392096925 },
            { 0.9560914074878829, -1.9806631357511386 },
            { 0.9726435000665057, -1.9838839172126135 },
        };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new RMSprop(learningRate: 0.01)));
    }

    [Fact]
    public void Momentum_steps_follow_Keras()
    {
        double[,] expected =
        {
            { 0.9683772866436797, -1.9683772392096925 },
            { 0.9402800508097228, -1.964851755355985 },
            { 0.942783525471367, -1.966309794890606 },
        };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new RMSprop(learningRate: 0.01, momentum: 0.5)));
    }

    [Fact]
    public void Centered_steps_follow_Keras()
    {
        // Step 1, element 0: ḡ = 0.05, d = 0.025 − 0.0025 + 1e-7, Δ = 0.005 / 0.15 ≈ 0.0333333.
        double[,] expected =
        {
            { 0.9666667407404939, -1.9666666851851697 },
            { 0.9532662666166316, -1.979100076621906 },
            { 0.9700268670534009, -1.9823415191745297 },
        };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new RMSprop(learningRate: 0.01, centered: true)));
    }

    [Fact]
    public void Centered_momentum_steps_follow_Keras()
    {
        double[,] expected =
        {
            { 0.9666667407404939, -1.9666666851851697 },
            { 0.9365996369868785, -1.962433419214491 },
            { 0.9383266855468402, -1.9635582287817752 },
        };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new RMSprop(learningRate: 0.01, momentum: 0.5, centered: true)));
    }

    [Fact]
    public void Keras_docstring_example_gives_9_683772()
    {
        // var = 10, loss = var² / 2, so g = 10: v = 10, w = 10 − 0.1·10 / sqrt(10 + 1e-7).
        var w = new Variable("var1", Tensor.Full(Shape.Scalar, 10.0));
        new RMSprop(learningRate: 0.1).Apply([w], [Tensor.Full(Shape.Scalar, 10.0)]);
        Assert.Equal(9.683772, w.Value.ToScalar(), 5);
    }

    [Fact]
    public void Slots_use_Keras_names()
    {
        var w = new Variable("w", Tensor.Zeros(new Shape(2)));
        var opt = new RMSprop(momentum: 0.5, centered: true);
        opt.Apply([w], [Tensor.Ones(new Shape(2))]);
        Assert.Equal(["w/average_gradient", "w/momentum", "w/velocity"], opt.GetState().Keys);
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new RMSprop(learningRate: 0.01, momentum: 0.5, centered: true));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new RMSprop();
        Assert.Equal(0.001, opt.LearningRate);
        Assert.Equal(0.9, opt.Rho);
        Assert.Equal(0.0, opt.Momentum);
        Assert.Equal(1e-7, opt.Epsilon);
        Assert.False(opt.Centered);
        Assert.Equal("rmsprop", opt.Name);
    }

    [Theory]
    [InlineData(0.0, 0.9, 0.0, 1e-7)]
    [InlineData(0.001, 1.0, 0.0, 1e-7)]
    [InlineData(0.001, -0.5, 0.0, 1e-7)]
    [InlineData(0.001, double.NaN, 0.0, 1e-7)]
    [InlineData(0.001, 0.9, 1.0, 1e-7)]
    [InlineData(0.001, 0.9, -0.1, 1e-7)]
    [InlineData(0.001, 0.9, 0.0, -1e-7)]
    [InlineData(0.001, 0.9, 0.0, double.NaN)]
    public void Invalid_hyperparameters_throw(double learningRate, double rho, double momentum, double epsilon)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RMSprop(learningRate, rho, momentum, epsilon));
    }
}
