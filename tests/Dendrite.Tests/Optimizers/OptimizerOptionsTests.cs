using Dendrite.Autodiff;
using Dendrite.Nn.Constraints;
using Dendrite.Optimizers;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;

namespace Dendrite.Tests.Optimizers;

// Keras 3's base-optimizer options (keras/src/optimizers/base_optimizer.py), exercised through plain SGD so that
// each expected value is one line of arithmetic: w ← w − η · g'.
public class OptimizerOptionsTests
{
    private static Variable Var(params double[] values) => new("w", new Tensor(values, new Shape(values.Length)));

    private static Tensor Grad(params double[] values) => new(values, new Shape(values.Length));

    private static void AssertValues(double[] expected, Variable v)
    {
        double[] actual = v.Value.ToDoubleArray();
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 12);
        }
    }

    [Fact]
    public void ClipNorm_scales_each_gradient_to_at_most_the_norm()
    {
        // g = (3, 4), ‖g‖ = 5 > 1 → (0.6, 0.8); the second gradient (0.3, 0.4), ‖·‖ = 0.5, is left alone.
        Variable a = Var(0, 0), b = Var(0, 0);
        Tensor g = Grad(3, 4);
        new SGD(learningRate: 0.1, clipNorm: 1).Apply([a, b], [g, Grad(0.3, 0.4)]);
        AssertValues([-0.06, -0.08], a);
        AssertValues([-0.03, -0.04], b);
        Assert.Equal([3.0, 4.0], g.ToDoubleArray());
    }

    [Fact]
    public void GlobalClipNorm_scales_all_gradients_by_one_factor()
    {
        // Joint norm sqrt(3² + 4² + 12²) = 13 > 1 → every gradient × 1/13.
        Variable a = Var(0, 0), b = Var(0);
        new SGD(learningRate: 0.1, globalClipNorm: 1).Apply([a, b], [Grad(3, 4), Grad(12)]);
        AssertValues([-0.3 / 13, -0.4 / 13], a);
        AssertValues([-1.2 / 13], b);
    }

    [Fact]
    public void GlobalClipNorm_leaves_small_gradients_alone()
    {
        Variable a = Var(0, 0);
        new SGD(learningRate: 0.1, globalClipNorm: 10).Apply([a], [Grad(3, 4)]);
        AssertValues([-0.3, -0.4], a);
    }

    [Fact]
    public void ClipValue_clips_each_element()
    {
        Variable a = Var(0, 0, 0);
        new SGD(learningRate: 0.1, clipValue: 0.5).Apply([a], [Grad(3, -4, 0.2)]);
        AssertValues([-0.05, 0.05, -0.02], a);
    }

    [Fact]
    public void WeightDecay_shrinks_the_weight_by_eta_lambda_before_the_update()
    {
        // w = 2: decay 2 − 2·0.5·0.1 = 1.9, then the SGD step 1.9 − 0.1·1 = 1.8.
        Variable a = Var(2);
        new SGD(learningRate: 0.1, weightDecay: 0.5).Apply([a], [Grad(1)]);
        AssertValues([1.8], a);
    }

    [Fact]
    public void Only_one_clipping_option_is_allowed_and_each_must_be_positive()
    {
        var e = Assert.Throws<ArgumentException>(() => new Adam(clipNorm: 1, clipValue: 1));
        Assert.Contains("only one of clipNorm, clipValue and globalClipNorm can be set; received clipNorm=1, clipValue=1", e.Message, StringComparison.Ordinal);
        var z = Assert.Throws<ArgumentOutOfRangeException>(() => new SGD(globalClipNorm: 0));
        Assert.Contains("SGD globalClipNorm must be finite and > 0, received 0", z.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RMSprop(weightDecay: -1));
    }

    [Fact]
    public void A_schedule_sets_each_step_rate_from_the_iterations_before_it()
    {
        // Keras evaluates the schedule at `iterations` before incrementing it: steps use lr(0), lr(1), lr(2).
        // PiecewiseConstantDecay([1], [0.1, 0.01]): lr(0) = lr(1) = 0.1, lr(2) = 0.01. g = 1 each step from w = 0.
        var opt = new SGD(schedule: new PiecewiseConstantDecay([1], [0.1, 0.01]));
        Variable a = Var(0);
        Assert.Equal(0.1, opt.LearningRate);
        for (int i = 0; i < 3; i++)
        {
            opt.Apply([a], [Grad(1)]);
        }

        AssertValues([-0.21], a);
        Assert.Equal(0.01, opt.LearningRate);
    }

    [Fact]
    public void Weight_decay_uses_the_scheduled_rate()
    {
        // lr(0) = 0.5 (ExponentialDecay(0.5, 1, 0.5)): w = 1 − 1·0.2·0.5 = 0.9, then g = 0 leaves it; lr(1) = 0.25: 0.9·(1 − 0.05).
        var opt = new SGD(weightDecay: 0.2, schedule: new ExponentialDecay(0.5, 1, 0.5));
        Variable a = Var(1);
        opt.Apply([a], [Grad(0)]);
        opt.Apply([a], [Grad(0)]);
        AssertValues([0.9 * 0.95], a);
    }

    [Fact]
    public void Setting_the_rate_while_a_schedule_is_active_throws()
    {
        var opt = new Adam(schedule: new CosineDecay(0.1, 10));
        var e = Assert.Throws<InvalidOperationException>(() => opt.LearningRate = 0.5);
        Assert.Contains("Adam was created with the learning-rate schedule CosineDecay, so its learning rate cannot be set", e.Message, StringComparison.Ordinal);
        var plain = new Adam();
        plain.LearningRate = 0.5;
        Assert.Equal(0.5, plain.LearningRate);
    }

    [Fact]
    public void The_variable_constraint_runs_after_the_update()
    {
        Variable a = Var(0.05, 1);
        a.Constraint = new NonNeg().Apply;
        new SGD(learningRate: 0.1).Apply([a], [Grad(1, 1)]);
        AssertValues([0, 0.9], a);
    }

    [Fact]
    public void Config_has_the_Keras_base_keys()
    {
        IReadOnlyDictionary<string, object?> config = new SGD(clipNorm: 2, weightDecay: 0.1).GetConfig();
        Assert.Equal(2.0, config["clipnorm"]);
        Assert.Equal(0.1, config["weight_decay"]);
        Assert.Null(config["clipvalue"]);
        Assert.Null(config["global_clipnorm"]);
        Assert.Equal(0.01, config["learning_rate"]);
        var schedule = (IReadOnlyDictionary<string, object?>)new Lion(schedule: new InverseTimeDecay(0.1, 10, 0.5)).GetConfig()["learning_rate"]!;
        Assert.Equal("InverseTimeDecay", schedule["class_name"]);
    }
}
