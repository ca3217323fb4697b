using Dendrite.Models;
using Dendrite.Tensors;

namespace Dendrite.Tests.Models;

public class PerceptronTests
{
    private static readonly Tensor s_inputs = new(new float[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });

    [Theory]
    [InlineData(new[] { 0, 0, 0, 1 })] // AND
    [InlineData(new[] { 0, 1, 1, 1 })] // OR
    public void LearnsLinearlySeparableGates(int[] labels)
    {
        var p = new Perceptron(inputs: 2);
        PerceptronResult result = p.Fit(s_inputs, labels, maxEpochs: 20);
        Assert.True(result.Converged);
        Assert.Equal(0, result.ErrorsPerEpoch[^1]);
        Assert.Equal(labels, p.Predict(s_inputs));
    }

    [Fact]
    public void DoesNotConvergeOnXor()
    {
        var p = new Perceptron(inputs: 2);
        PerceptronResult result = p.Fit(s_inputs, new[] { 0, 1, 1, 0 }, maxEpochs: 50);
        Assert.False(result.Converged);
        Assert.Equal(50, result.Epochs);
        Assert.All(result.ErrorsPerEpoch, e => Assert.True(e > 0));
    }

    [Fact]
    public void FirstUpdateFollowsTheRule()
    {
        // Zero weights: sample (0,0) with label 0 gives z = 0, step(0) = 1, error y − ŷ = −1,
        // so w ← w + 1·(−1)·(0,0) = (0,0) and b ← 0 + 1·(−1) = −1. The next three samples of AND
        // ((0,1)→0, (1,0)→0, (1,1)→1) give z = −1, −1, −1: only (1,1) is wrong (error +1):
        // w ← (0,0) + (1,1) = (1,1), b ← −1 + 1 = 0.
        var p = new Perceptron(inputs: 2, learningRate: 1.0);
        PerceptronResult result = p.Fit(s_inputs, new[] { 0, 0, 0, 1 }, maxEpochs: 1);
        Assert.Equal(2, result.ErrorsPerEpoch[0]);
        Assert.Equal([1.0, 1.0], p.Weights);
        Assert.Equal(0.0, p.Bias);
    }

    [Fact]
    public void StepIsHeavisideWithStepOfZeroEqualOne()
    {
        Assert.Equal(1, Perceptron.Step(0));
        Assert.Equal(1, Perceptron.Step(1e-9));
        Assert.Equal(0, Perceptron.Step(-1e-9));
    }

    [Fact]
    public void RejectsBadInput()
    {
        var p = new Perceptron(inputs: 2);
        var e1 = Assert.Throws<ArgumentException>(() => p.Fit(s_inputs, new[] { 0, 1, 2, 0 }));
        Assert.Contains("label 2 at row 2", e1.Message);
        var e2 = Assert.Throws<ArgumentException>(() => p.Fit(new Tensor(new float[,] { { 1, 2, 3 } }), new[] { 1 }));
        Assert.Contains("(samples, 2)", e2.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Perceptron(inputs: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Perceptron(inputs: 2, learningRate: 0));
    }

    [Fact]
    public void SeededStartIsReproducible()
    {
        var a = new Perceptron(3, seed: 5);
        var b = new Perceptron(3, seed: 5);
        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Bias, b.Bias);
        Assert.NotEqual(a.Weights, new Perceptron(3, seed: 6).Weights);
    }
}
