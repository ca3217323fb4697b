// ConstraintRegistry: every constraint survives Serialize → config.json → Deserialize with its settings and
// its projection; Keras' snake-case names and class names both resolve (keras/src/constraints/__init__.py).
using Dendrite.Nn;
using Dendrite.Nn.Constraints;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Constraints;

public sealed class ConstraintRegistryTests
{
    private static readonly Dictionary<string, Func<Constraint>> s_cases = new()
    {
        ["max_norm"] = () => new MaxNorm(1.5, axis: 1),
        ["non_neg"] = () => new NonNeg(),
        ["unit_norm"] = () => new UnitNorm(axis: 1),
        ["min_max_norm"] = () => new MinMaxNorm(0.5, 1.2, rate: 0.7, axis: 1),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    public static TheoryData<string> Names => [.. ConstraintRegistry.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Non_default_constraints_round_trip_with_the_same_projection(string name)
    {
        Constraint k = s_cases[name]();
        var form = ConstraintRegistry.Serialize(k);
        Assert.Equal(k.GetType().Name, form["class_name"]);
        Constraint copy = ConstraintRegistry.Deserialize(ConfigJson.RoundTrip(form))!;
        Assert.IsType(k.GetType(), copy);
        Assert.Equal(name, copy.Name);
        Assert.True(ConfigReader.ConfigEquals(k.GetConfig(), copy.GetConfig()));
        var w = new Tensor([3.0, -4.0, 0.1, 0.2], new Shape(2, 2));
        Assert.Equal(k.Apply(w).ToDoubleArray(), copy.Apply(w).ToDoubleArray());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_name_round_trips_through_its_config(string name)
    {
        Constraint k = ConstraintRegistry.Get(name);
        Constraint copy = ConstraintRegistry.FromConfig(name, ConfigJson.RoundTrip(k.GetConfig()));
        Assert.IsType(k.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(k.GetConfig(), copy.GetConfig()));
    }

    [Fact]
    public void Names_and_class_names_resolve_to_the_same_constraint()
    {
        Assert.IsType<MaxNorm>(ConstraintRegistry.Deserialize("max_norm"));
        Assert.IsType<MaxNorm>(ConstraintRegistry.Deserialize("MaxNorm"));
        Assert.IsType<NonNeg>(ConstraintRegistry.Deserialize("NonNeg"));
        Assert.IsType<MinMaxNorm>(ConstraintRegistry.Deserialize("min_max_norm"));
        var unit = Assert.IsType<UnitNorm>(ConstraintRegistry.Deserialize(new Dictionary<string, object?> { ["class_name"] = "UnitNorm", ["config"] = new Dictionary<string, object?> { ["axis"] = -1 } }));
        Assert.Equal(-1, unit.Axis);
        Assert.Null(ConstraintRegistry.Deserialize(null));
    }

    [Fact]
    public void Unknown_names_and_settings_are_rejected()
    {
        var unknown = Assert.Throws<ArgumentException>(() => ConstraintRegistry.Get("positive"));
        Assert.Contains("Unknown constraint 'positive'. Valid names:", unknown.Message, StringComparison.Ordinal);
        var setting = Assert.Throws<ArgumentException>(() => ConstraintRegistry.FromConfig("non_neg", new Dictionary<string, object?> { ["axis"] = 0 }));
        Assert.Contains("unknown setting 'axis'", setting.Message, StringComparison.Ordinal);
        var wrongType = Assert.Throws<ArgumentException>(() => ConstraintRegistry.FromConfig("max_norm", new Dictionary<string, object?> { ["axis"] = 0.5 }));
        Assert.Contains("'axis' must be an integer, received 0.5", wrongType.Message, StringComparison.Ordinal);
    }
}
