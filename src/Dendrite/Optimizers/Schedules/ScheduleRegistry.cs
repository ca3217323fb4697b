// ScheduleRegistry: the one place schedule class names (from config.json) become LearningRateSchedule
// objects, as Keras 3's keras/src/optimizers/schedules (serialize / deserialize): an optimizer's config
// holds its schedule as "learning_rate": {"class_name": "ExponentialDecay", "config": {…}}.
// Schedules have required settings (initial_learning_rate, decay_steps, …), so there is no by-name form:
// a value must be {class_name, config}; missing optional settings take the constructor defaults.
using Dendrite.Nn;

namespace Dendrite.Optimizers.Schedules;

/// <summary>Recreates learning-rate schedules from their Keras class name and config.</summary>
public static class ScheduleRegistry
{
    private static readonly Dictionary<string, Func<IReadOnlyDictionary<string, object?>, LearningRateSchedule>> s_factories = new(StringComparer.Ordinal)
    {
        ["ExponentialDecay"] = config => Read("ExponentialDecay", config, c => new ExponentialDecay(
            c.RequiredDouble("initial_learning_rate"), c.RequiredLong("decay_steps"), c.RequiredDouble("decay_rate"), c.Bool("staircase", false))),
        ["InverseTimeDecay"] = config => Read("InverseTimeDecay", config, c => new InverseTimeDecay(
            c.RequiredDouble("initial_learning_rate"), c.RequiredLong("decay_steps"), c.RequiredDouble("decay_rate"), c.Bool("staircase", false))),
        ["PiecewiseConstantDecay"] = config => Read("PiecewiseConstantDecay", config, c => new PiecewiseConstantDecay(
            c.RequiredLongArray("boundaries"), c.RequiredDoubleArray("values"))),
        ["PolynomialDecay"] = config => Read("PolynomialDecay", config, c => new PolynomialDecay(
            c.RequiredDouble("initial_learning_rate"), c.RequiredLong("decay_steps"), c.Double("end_learning_rate", 1e-4), c.Double("power", 1.0), c.Bool("cycle", false))),
        ["CosineDecay"] = config => Read("CosineDecay", config, c => new CosineDecay(
            c.RequiredDouble("initial_learning_rate"), c.RequiredLong("decay_steps"), c.Double("alpha", 0.0), c.NullableDouble("warmup_target"), c.Long("warmup_steps", 0))),
        ["CosineDecayRestarts"] = config => Read("CosineDecayRestarts", config, c => new CosineDecayRestarts(
            c.RequiredDouble("initial_learning_rate"), c.RequiredLong("first_decay_steps"), c.Double("t_mul", 2.0), c.Double("m_mul", 1.0), c.Double("alpha", 0.0))),
    };

    /// <summary>The registered class names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => [.. s_factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers a schedule class (e.g. a custom one) so optimizer configs holding it can be read.</summary>
    /// <param name="className">The class name written by <see cref="LearningRateSchedule.Serialize"/>: the C# type name.</param>
    /// <param name="factory">Creates the schedule from its config (what <see cref="LearningRateSchedule.GetConfig"/> wrote).</param>
    public static void Register(string className, Func<IReadOnlyDictionary<string, object?>, LearningRateSchedule> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(className);
        ArgumentNullException.ThrowIfNull(factory);
        s_factories[className] = factory;
    }

    /// <summary>A new schedule of class <paramref name="className"/> with the settings of <paramref name="config"/>.</summary>
    /// <param name="className">A registered class name, e.g. <c>ExponentialDecay</c>.</param>
    /// <param name="config">The schedule's settings, as <see cref="LearningRateSchedule.GetConfig"/> wrote them.</param>
    /// <exception cref="ArgumentException">The class is unknown (the message lists the known ones), or a setting is missing, invalid or not understood.</exception>
    public static LearningRateSchedule FromConfig(string className, IReadOnlyDictionary<string, object?> config)
    {
        ArgumentNullException.ThrowIfNull(className);
        ArgumentNullException.ThrowIfNull(config);
        return s_factories.TryGetValue(className, out var factory)
            ? factory(config)
            : throw new ArgumentException($"Unknown learning-rate schedule class '{className}'. Known: {string.Join(", ", Names)}; register custom schedules with ScheduleRegistry.Register.", nameof(className));
    }

    /// <summary>The config form of a schedule: <c>{class_name, config}</c>, as Keras writes it.</summary>
    /// <param name="schedule">The schedule.</param>
    public static IReadOnlyDictionary<string, object?> Serialize(LearningRateSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Serialize();
    }

    /// <summary>The schedule a config value <c>{class_name, config}</c> describes.</summary>
    /// <param name="value">The config value, as <see cref="Serialize"/> writes it.</param>
    /// <exception cref="ArgumentException">The value is not that form, or names an unknown schedule.</exception>
    public static LearningRateSchedule Deserialize(object? value) => ConfigForms.Deserialize<LearningRateSchedule>(
        value,
        "learning-rate schedule",
        name => throw new ArgumentException($"A learning-rate schedule in a config must be {{class_name, config}} with its settings, received only the name '{name}'."),
        FromConfig);

    /// <summary>Runs a built-in factory and rejects settings it did not read.</summary>
    private static LearningRateSchedule Read(string className, IReadOnlyDictionary<string, object?> config, Func<ConfigReader, LearningRateSchedule> create)
    {
        var reader = new ConfigReader(className, config);
        LearningRateSchedule schedule = create(reader);
        reader.EnsureAllRead();
        return schedule;
    }
}
