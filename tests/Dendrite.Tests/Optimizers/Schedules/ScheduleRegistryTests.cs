// ScheduleRegistry: every schedule with non-default settings survives Serialize → config.json → Deserialize
// with the same config and the same rate at every step; a schedule must be {class_name, config} (Keras 3's
// serialized form of keras.optimizers.schedules), and bad configs name the setting.
using Dendrite.Nn;
using Dendrite.Optimizers.Schedules;
using Dendrite.Tests.Nn;

namespace Dendrite.Tests.Optimizers.Schedules;

public sealed class ScheduleRegistryTests
{
    private static readonly Dictionary<string, Func<LearningRateSchedule>> s_cases = new()
    {
        ["ExponentialDecay"] = () => new ExponentialDecay(0.1, 7, 0.5, staircase: true),
        ["InverseTimeDecay"] = () => new InverseTimeDecay(0.2, 3, 0.75, staircase: true),
        ["PiecewiseConstantDecay"] = () => new PiecewiseConstantDecay([4, 9], [0.3, 0.1, 0.025]),
        ["PolynomialDecay"] = () => new PolynomialDecay(0.5, 6, endLearningRate: 0.01, power: 2.5, cycle: true),
        ["CosineDecay"] = () => new CosineDecay(0.0, 10, alpha: 0.1, warmupTarget: 0.4, warmupSteps: 3),
        ["CosineDecayRestarts"] = () => new CosineDecayRestarts(0.3, 4, tMul: 1.5, mMul: 0.8, alpha: 0.05),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Fact]
    public void Every_registered_schedule_has_a_case()
    {
        Assert.Equal(ScheduleRegistry.Names, s_cases.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schedule_round_trips_with_the_same_rate_at_every_step(string name)
    {
        LearningRateSchedule schedule = s_cases[name]();
        var form = ScheduleRegistry.Serialize(schedule);
        Assert.Equal(name, form["class_name"]);
        LearningRateSchedule copy = ScheduleRegistry.Deserialize(ConfigJson.RoundTrip(form));
        Assert.IsType(schedule.GetType(), copy);
        Assert.True(ConfigReader.ConfigEquals(schedule.GetConfig(), copy.GetConfig()));
        for (long step = 0; step < 40; step++)
        {
            Assert.Equal(schedule.Call(step), copy.Call(step));
        }
    }

    [Fact]
    public void Bad_schedule_configs_name_the_problem()
    {
        var unknown = Assert.Throws<ArgumentException>(() => ScheduleRegistry.FromConfig("StepDecay", new Dictionary<string, object?>()));
        Assert.Contains("Unknown learning-rate schedule class 'StepDecay'. Known: CosineDecay, CosineDecayRestarts, ExponentialDecay", unknown.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<ArgumentException>(() => ScheduleRegistry.FromConfig("ExponentialDecay", new Dictionary<string, object?> { ["initial_learning_rate"] = 0.1, ["decay_rate"] = 0.5 }));
        Assert.Contains("ExponentialDecay config needs the setting 'decay_steps'", missing.Message, StringComparison.Ordinal);

        var extra = Assert.Throws<ArgumentException>(() => ScheduleRegistry.FromConfig("PiecewiseConstantDecay", new Dictionary<string, object?> { ["boundaries"] = new object?[] { 1 }, ["values"] = new object?[] { 0.1, 0.2 }, ["cycle"] = true }));
        Assert.Contains("unknown setting 'cycle'", extra.Message, StringComparison.Ordinal);

        var steps = Assert.Throws<ArgumentException>(() => ScheduleRegistry.FromConfig("CosineDecay", new Dictionary<string, object?> { ["initial_learning_rate"] = 0.1, ["decay_steps"] = 2.5 }));
        Assert.Contains("'decay_steps' must be an integer, received 2.5", steps.Message, StringComparison.Ordinal);

        var nameOnly = Assert.Throws<ArgumentException>(() => ScheduleRegistry.Deserialize("CosineDecay"));
        Assert.Contains("received only the name 'CosineDecay'", nameOnly.Message, StringComparison.Ordinal);
    }
}
