// RegularizerRegistry: every regularizer survives Serialize → config.json → Deserialize with its settings and
// its penalty; Keras' names and class names both resolve (keras/src/regularizers/__init__.py: ALL_OBJECTS_DICT
// holds the class names and their snake-case forms), and the string shortcuts use Keras' documented defaults.
using Dendrite.Nn;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Regularizers;

public sealed class RegularizerRegistryTests
{
    private static readonly Dictionary<string, Func<Regularizer>> s_cases = new()
    {
        ["l1"] = () => new L1(0.3),
        ["l2"] = () => new L2(0.07),
        ["l1_l2"] = () => new L1L2(0.2, 0.05),
        ["l1_l2_only_l2"] = () => new L1L2(l2: 0.5),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    public static TheoryData<string> Names => [.. RegularizerRegistry.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Non_default_regularizers_round_trip_with_the_same_penalty(string name)
    {
        Regularizer r = s_cases[name]();
        var form = RegularizerRegistry.Serialize(r);
        Assert.Equal(r.GetType().Name, form["class_name"]);
        Regularizer copy = RegularizerRegistry.Deserialize(ConfigJson.RoundTrip(form))!;
        Assert.IsType(r.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(r.GetConfig(), copy.GetConfig()));
        var x = new Tensor([0.5, -1.5, 2.0, 0.0], new Shape(2, 2));
        Assert.Equal(r.Call(x).ToDoubleArray(), copy.Call(x).ToDoubleArray());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_name_round_trips_through_its_config(string name)
    {
        Regularizer r = RegularizerRegistry.Get(name);
        Regularizer copy = RegularizerRegistry.FromConfig(name, ConfigJson.RoundTrip(r.GetConfig()));
        Assert.True(ConfigReader.ConfigEquals(r.GetConfig(), copy.GetConfig()));
    }

    [Fact]
    public void Names_and_class_names_resolve_with_Keras_defaults()
    {
        Assert.Equal(0.01, Assert.IsType<L1>(RegularizerRegistry.Deserialize("l1")).Factor);
        Assert.Equal(0.01, Assert.IsType<L2>(RegularizerRegistry.Deserialize("L2")).Factor);
        var shortcut = Assert.IsType<L1L2>(RegularizerRegistry.Deserialize("l1_l2"));
        Assert.Equal((0.01, 0.01), (shortcut.L1, shortcut.L2));
        var byClass = Assert.IsType<L1L2>(RegularizerRegistry.Deserialize(new Dictionary<string, object?> { ["class_name"] = "L1L2", ["config"] = new Dictionary<string, object?> { ["l2"] = 0.1 } }));
        Assert.Equal((0.0, 0.1), (byClass.L1, byClass.L2));
        Assert.Null(RegularizerRegistry.Deserialize(null));
    }

    [Fact]
    public void Unknown_names_and_settings_are_rejected()
    {
        var unknown = Assert.Throws<ArgumentException>(() => RegularizerRegistry.Get("l3"));
        Assert.Contains("Unknown regularizer 'l3'. Valid names:", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("l1_l2", unknown.Message, StringComparison.Ordinal);
        var setting = Assert.Throws<ArgumentException>(() => RegularizerRegistry.FromConfig("l2", new Dictionary<string, object?> { ["l1"] = 0.1 }));
        Assert.Contains("unknown setting 'l1'", setting.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => RegularizerRegistry.FromConfig("L1", new Dictionary<string, object?> { ["l1"] = -1.0 }));
        Assert.Contains("l1 must be a finite number >= 0, received -1", negative.Message, StringComparison.Ordinal);
    }
}
