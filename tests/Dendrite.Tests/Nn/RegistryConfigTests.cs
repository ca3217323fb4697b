// From-config factories of the registries: every registered name recreates an equal object from its own
// GetConfig (also after a round trip through config.json's JSON), non-default settings survive, and bad
// configs fail with messages naming the setting.
using Dendrite.Models.Saving;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;

namespace Dendrite.Tests.Nn;

public sealed class RegistryConfigTests
{
    public static TheoryData<string> ActivationNames => [.. ActivationRegistry.Names];

    public static TheoryData<string> InitializerNames => [.. InitializerRegistry.Names];

    public static TheoryData<string> LossNames => [.. LossRegistry.Names];

    public static TheoryData<string> OptimizerNames => [.. OptimizerRegistry.Names];

    [Theory]
    [MemberData(nameof(ActivationNames))]
    public void Every_activation_round_trips_through_its_config(string name)
    {
        Activation a = ActivationRegistry.Get(name);
        Activation copy = ActivationRegistry.FromConfig(name, ThroughJson(a.GetConfig()));
        Assert.IsType(a.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(a.GetConfig(), copy.GetConfig()));
        Assert.Equal(a.Name, Assert.IsType<string>(ActivationRegistry.Serialize(a)));
    }

    [Theory]
    [MemberData(nameof(InitializerNames))]
    public void Every_initializer_round_trips_through_its_config(string name)
    {
        Initializer i = InitializerRegistry.Create(name);
        Initializer copy = InitializerRegistry.FromConfig(name, ThroughJson(i.GetConfig()));
        Assert.IsType(i.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(i.GetConfig(), copy.GetConfig()));
    }

    [Theory]
    [MemberData(nameof(LossNames))]
    public void Every_loss_round_trips_through_its_config(string name)
    {
        Loss l = LossRegistry.Create(name);
        Loss copy = LossRegistry.FromConfig(l.Name, ThroughJson(l.GetConfig()));
        Assert.IsType(l.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(l.GetConfig(), copy.GetConfig()));
    }

    [Theory]
    [MemberData(nameof(OptimizerNames))]
    public void Every_optimizer_round_trips_through_its_config(string name)
    {
        Optimizer o = OptimizerRegistry.Create(name);
        Optimizer copy = OptimizerRegistry.FromConfig(o.Name, ThroughJson(o.GetConfig()));
        Assert.IsType(o.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(o.GetConfig(), copy.GetConfig()));
    }

    [Fact]
    public void Non_default_settings_survive_and_serialize_as_class_name_and_config()
    {
        var leaky = new LeakyRelu(negativeSlope: 0.1);
        var form = Assert.IsType<Dictionary<string, object?>>(ActivationRegistry.Serialize(leaky));
        Assert.Equal("leaky_relu", form["class_name"]);
        Assert.Equal(0.1, Assert.IsType<LeakyRelu>(ActivationRegistry.Deserialize(form)).NegativeSlope);

        var scaling = new VarianceScaling(scale: 2.5, mode: VarianceScalingMode.FanOut, distribution: VarianceScalingDistribution.Uniform, seed: 3);
        var copy = Assert.IsType<VarianceScaling>(InitializerRegistry.Deserialize(InitializerRegistry.Serialize(scaling)));
        Assert.Equal((2.5, VarianceScalingMode.FanOut, VarianceScalingDistribution.Uniform, (int?)3), (copy.Scale, copy.Mode, copy.Distribution, copy.Seed));

        var sgd = Assert.IsType<SGD>(OptimizerRegistry.FromConfig("sgd", ThroughJson(new SGD(learningRate: 0.5, momentum: 0.9, nesterov: true).GetConfig())));
        Assert.Equal((0.5, 0.9, true), (sgd.LearningRate, sgd.Momentum, sgd.Nesterov));
    }

    [Fact]
    public void Bad_configs_name_the_setting()
    {
        var unknown = Assert.Throws<ArgumentException>(() => OptimizerRegistry.FromConfig("adam", new Dictionary<string, object?> { ["learning_rate"] = 0.1, ["momentum"] = 0.9 }));
        Assert.Contains("unknown setting 'momentum'", unknown.Message, StringComparison.Ordinal);

        var wrongType = Assert.Throws<ArgumentException>(() => ActivationRegistry.FromConfig("elu", new Dictionary<string, object?> { ["alpha"] = "big" }));
        Assert.Contains("'alpha' must be a number, received big (String)", wrongType.Message, StringComparison.Ordinal);

        var mode = Assert.Throws<ArgumentException>(() => InitializerRegistry.FromConfig("variance_scaling", new Dictionary<string, object?> { ["mode"] = "fan_sideways" }));
        Assert.Contains("fan_sideways", mode.Message, StringComparison.Ordinal);

        var noSettings = Assert.Throws<ArgumentException>(() => LossRegistry.FromConfig("mse", new Dictionary<string, object?> { ["delta"] = 1.0 }));
        Assert.Contains("'delta'", noSettings.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => ActivationRegistry.Deserialize(42));
    }

    private static Dictionary<string, object?> ThroughJson(IReadOnlyDictionary<string, object?> config) => ConfigValues.FromJson(ConfigValues.ToJson(config, "test"));
}
