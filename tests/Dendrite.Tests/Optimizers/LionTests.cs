using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class LionTests
{
    [Fact]
    public void Steps_move_every_weight_by_eta_in_the_sign_of_the_interpolated_momentum()
    {
        // keras/src/optimizers/lion.py, η = 0.1, β1 = 0.9, β2 = 0.99, by hand:
        //   step 1: m = 0, direction = 0.1·g = (0.05, −0.1) → w = (0.9, −1.9); m = 0.01·g = (0.005, −0.01)
        //   step 2: direction = 0.9m + 0.1g = (0.0245, 0.031) → w = (0.8, −2.0); m = (0.00695, −0.0059)
        //   step 3: direction = (0.006255 − 0.03, −0.00531 + 0.01) = (−, +) → w = (0.9, −2.1)
        double[,] expected = { { 0.9, -1.9 }, { 0.8, -2.0 }, { 0.9, -2.1 } };
        OptimizerRun.AssertSteps(expected, OptimizerRun.Steps(new Lion(learningRate: 0.1)));
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new Lion(learningRate: 0.1));

    [Fact]
    public void Defaults_are_Keras()
    {
        var opt = new Lion();
        Assert.Equal((0.001, 0.9, 0.99), (opt.LearningRate, opt.Beta1, opt.Beta2));
        Assert.Equal("lion", opt.Name);
    }

    [Fact]
    public void Beta1_zero_is_rejected_as_Keras()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Lion(beta1: 0));
        Assert.Contains("Lion beta1 must be in (0, 1] (beta1 = 0 degenerates to SignSGD), received 0", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Lion(beta2: 1.1));
    }
}
