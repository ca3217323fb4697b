// Optimizer configs: every optimizer with non-default settings — its own and Keras 3's base options
// (weight_decay, clipnorm, clipvalue, global_clipnorm, a schedule as learning_rate; names as
// keras/src/optimizers/base_optimizer.py get_config) — survives GetConfig → config.json → FromConfig with the
// same config and bit-identical updates.
using Dendrite.Autodiff;
using Dendrite.Nn;
using Dendrite.Optimizers;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tensors;
using Dendrite.Tests.Nn;

namespace Dendrite.Tests.Optimizers;

public sealed class OptimizerConfigTests
{
    private static readonly Dictionary<string, Func<Optimizer>> s_cases = new()
    {
        ["adadelta"] = () => new Adadelta(0.5, rho: 0.9, epsilon: 1e-6, weightDecay: 0.01, schedule: new InverseTimeDecay(0.5, 2, 0.3)),
        ["adagrad"] = () => new Adagrad(0.05, initialAccumulatorValue: 0.2, epsilon: 1e-6, clipValue: 0.3),
        ["adam"] = () => new Adam(0.02, beta1: 0.8, beta2: 0.99, epsilon: 1e-6, clipValue: 0.25, schedule: new ExponentialDecay(0.02, 2, 0.5)),
        ["adamax"] = () => new Adamax(0.03, beta1: 0.85, beta2: 0.98, epsilon: 1e-5, clipNorm: 0.5),
        ["adamw"] = () => new AdamW(0.01, weightDecay: 0.05, beta1: 0.7, globalClipNorm: 0.8),
        ["lion"] = () => new Lion(0.002, beta1: 0.8, beta2: 0.95, weightDecay: 0.1, schedule: new CosineDecayRestarts(0.002, 2, tMul: 1.5)),
        ["nadam"] = () => new Nadam(0.01, beta1: 0.85, beta2: 0.995, epsilon: 1e-6, weightDecay: 0.02, clipNorm: 0.9, schedule: new CosineDecay(0.0, 5, warmupTarget: 0.02, warmupSteps: 2)),
        ["rmsprop"] = () => new RMSprop(0.01, rho: 0.8, momentum: 0.5, epsilon: 1e-6, centered: true, globalClipNorm: 1.2, schedule: new PiecewiseConstantDecay([1, 3], [0.01, 0.005, 0.001])),
        ["sgd"] = () => new SGD(0.1, momentum: 0.9, nesterov: true, weightDecay: 0.01, clipNorm: 0.4, schedule: new PolynomialDecay(0.1, 3, endLearningRate: 0.01, power: 2, cycle: true)),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Fact]
    public void Every_registered_optimizer_has_a_non_default_case()
    {
        Assert.Equal(OptimizerRegistry.Names, s_cases.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Optimizer_round_trips_with_the_same_config_and_updates(string name)
    {
        Optimizer optimizer = s_cases[name]();
        Optimizer copy = OptimizerRegistry.FromConfig(optimizer.Name, ConfigJson.RoundTrip(optimizer.GetConfig()));
        Assert.IsType(optimizer.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(optimizer.GetConfig(), copy.GetConfig()), $"{name}: configs differ");
        Assert.Equal(
            (optimizer.WeightDecay, optimizer.ClipNorm, optimizer.ClipValue, optimizer.GlobalClipNorm, optimizer.Schedule?.GetType()),
            (copy.WeightDecay, copy.ClipNorm, copy.ClipValue, copy.GlobalClipNorm, copy.Schedule?.GetType()));
        Assert.Equal(Run(optimizer), Run(copy));
    }

    [Fact]
    public void A_schedule_is_written_as_class_name_and_config()
    {
        var config = ConfigJson.RoundTrip(new Adam(schedule: new ExponentialDecay(0.1, 10, 0.9)).GetConfig());
        var form = Assert.IsType<Dictionary<string, object?>>(config["learning_rate"]);
        Assert.Equal("ExponentialDecay", form["class_name"]);
        var adam = Assert.IsType<Adam>(OptimizerRegistry.FromConfig("adam", config));
        Assert.Equal(0.1 * Math.Pow(0.9, 0.5), Assert.IsType<ExponentialDecay>(adam.Schedule).Call(5));
    }

    [Fact]
    public void Bad_base_options_are_rejected_with_the_setting_named()
    {
        var unknown = Assert.Throws<ArgumentException>(() => OptimizerRegistry.FromConfig("lion", new Dictionary<string, object?> { ["epsilon"] = 1e-7 }));
        Assert.Contains("optimizer 'lion' config has the unknown setting 'epsilon'", unknown.Message, StringComparison.Ordinal);
        var twoClips = Assert.Throws<ArgumentException>(() => OptimizerRegistry.FromConfig("nadam", new Dictionary<string, object?> { ["clipnorm"] = 1.0, ["clipvalue"] = 0.5 }));
        Assert.Contains("only one of clipNorm, clipValue and globalClipNorm can be set", twoClips.Message, StringComparison.Ordinal);
        var name = Assert.Throws<ArgumentException>(() => OptimizerRegistry.FromConfig("adamax", new Dictionary<string, object?> { ["name"] = "adam" }));
        Assert.Contains("names the optimizer 'adam', but it creates 'adamax'", name.Message, StringComparison.Ordinal);
        var schedule = Assert.Throws<ArgumentException>(() => OptimizerRegistry.FromConfig("sgd", new Dictionary<string, object?> { ["learning_rate"] = new Dictionary<string, object?> { ["class_name"] = "Warmup", ["config"] = new Dictionary<string, object?>() } }));
        Assert.Contains("Unknown learning-rate schedule class 'Warmup'", schedule.Message, StringComparison.Ordinal);
    }

    /// <summary>Five float32 steps on a (2, 3) variable with fixed gradients; the weights after each.</summary>
    private static float[][] Run(Optimizer optimizer)
    {
        var w = new Variable("w", new Tensor([0.5f, -1.0f, 2.0f, 0.25f, -0.75f, 1.5f], new Shape(2, 3)));
        var result = new float[5][];
        for (int step = 0; step < 5; step++)
        {
            var g = new Tensor([0.3f * (step + 1), -0.8f, 0.05f, 1.2f / (step + 1), -0.4f, 0.6f - (0.3f * step)], new Shape(2, 3));
            optimizer.Apply([w], [g]);
            result[step] = w.Value.ToArray();
        }

        return result;
    }
}
