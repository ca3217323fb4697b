// OptimizerRegistry: the one place optimizer names (strings from config.json or the CLI) become optimizer
// objects, with Keras' defaults. Lookup ignores case, so Keras' "SGD" and "Adam" work too. Unknown names
// list the valid ones.
// Every config factory reads Keras 3's base optimizer settings (keras/src/optimizers/base_optimizer.py,
// get_config): learning_rate (a number, or a schedule as {class_name, config}), weight_decay, clipnorm,
// clipvalue, global_clipnorm and name, then the optimizer's own (beta_1, rho, momentum, …).
using Dendrite.Nn;
using Dendrite.Optimizers.Schedules;

namespace Dendrite.Optimizers;

/// <summary>Creates optimizers from their Keras names.</summary>
public static class OptimizerRegistry
{
    private static readonly NameRegistry<Optimizer> s_registry = new("optimizer", new Dictionary<string, Func<Optimizer>>
    {
        ["adadelta"] = () => new Adadelta(),
        ["adagrad"] = () => new Adagrad(),
        ["adam"] = () => new Adam(),
        ["adamax"] = () => new Adamax(),
        ["adamw"] = () => new AdamW(),
        ["lion"] = () => new Lion(),
        ["nadam"] = () => new Nadam(),
        ["rmsprop"] = () => new RMSprop(),
        ["sgd"] = () => new SGD(),
    }, new Dictionary<string, Func<ConfigReader, Optimizer>>
    {
        ["adadelta"] = c => Create(c, 0.001, o => new Adadelta(o.LearningRate, c.Double("rho", 0.95), c.Double("epsilon", 1e-7), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["adagrad"] = c => Create(c, 0.001, o => new Adagrad(o.LearningRate, c.Double("initial_accumulator_value", 0.1), c.Double("epsilon", 1e-7), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["adam"] = c => Create(c, 0.001, o => new Adam(o.LearningRate, c.Double("beta_1", 0.9), c.Double("beta_2", 0.999), c.Double("epsilon", 1e-7), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["adamax"] = c => Create(c, 0.001, o => new Adamax(o.LearningRate, c.Double("beta_1", 0.9), c.Double("beta_2", 0.999), c.Double("epsilon", 1e-7), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["adamw"] = c => Create(c, 0.001, o => new AdamW(o.LearningRate, o.WeightDecay ?? 0.004, c.Double("beta_1", 0.9), c.Double("beta_2", 0.999), c.Double("epsilon", 1e-7), o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["lion"] = c => Create(c, 0.001, o => new Lion(o.LearningRate, c.Double("beta_1", 0.9), c.Double("beta_2", 0.99), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["nadam"] = c => Create(c, 0.001, o => new Nadam(o.LearningRate, c.Double("beta_1", 0.9), c.Double("beta_2", 0.999), c.Double("epsilon", 1e-7), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["rmsprop"] = c => Create(c, 0.001, o => new RMSprop(o.LearningRate, c.Double("rho", 0.9), c.Double("momentum", 0.0), c.Double("epsilon", 1e-7), c.Bool("centered", false), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
        ["sgd"] = c => Create(c, 0.01, o => new SGD(o.LearningRate, c.Double("momentum", 0.0), c.Bool("nesterov", false), o.WeightDecay, o.ClipNorm, o.ClipValue, o.GlobalClipNorm, o.Schedule)),
    });

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>Registers an optimizer under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates a fresh optimizer.</param>
    public static void Register(string name, Func<Optimizer> factory) => s_registry.Register(name, factory);

    /// <summary>A new optimizer for <paramref name="name"/>, with Keras' defaults.</summary>
    /// <param name="name">A Keras optimizer name, e.g. <c>adam</c> or <c>rmsprop</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Optimizer Create(string name) => s_registry.Create(name);

    /// <summary>The optimizer named <paramref name="name"/> with the settings <paramref name="config"/> (as <see cref="Optimizer.GetConfig"/> wrote them).</summary>
    /// <param name="name">A Keras optimizer name.</param>
    /// <param name="config">The settings; missing ones take Keras' defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, or a setting is invalid or not understood.</exception>
    public static Optimizer FromConfig(string name, IReadOnlyDictionary<string, object?> config) => s_registry.FromConfig(name, config);

    /// <summary>Reads the base options, creates the optimizer, and checks the config's "name" (the optimizer's own name, written by GetConfig).</summary>
    /// <param name="c">The config.</param>
    /// <param name="defaultLearningRate">The optimizer's default learning rate.</param>
    /// <param name="create">Creates the optimizer from the base options (reading its own settings from <paramref name="c"/>).</param>
    private static Optimizer Create(ConfigReader c, double defaultLearningRate, Func<BaseOptions, Optimizer> create)
    {
        LearningRateSchedule? schedule = c.Raw("learning_rate") is IReadOnlyDictionary<string, object?> form ? ScheduleRegistry.Deserialize(form) : null;
        var options = new BaseOptions(
            schedule is null ? c.Double("learning_rate", defaultLearningRate) : defaultLearningRate,
            schedule,
            c.NullableDouble("weight_decay"),
            c.NullableDouble("clipnorm"),
            c.NullableDouble("clipvalue"),
            c.NullableDouble("global_clipnorm"));
        Optimizer optimizer = create(options);
        string? name = c.NullableString("name");
        return name is null || name == optimizer.Name ? optimizer
            : throw new ArgumentException($"{c.What} config names the optimizer '{name}', but it creates '{optimizer.Name}'.");
    }

    /// <summary>Keras' base optimizer settings: learning_rate (a number or a schedule), weight_decay, clipnorm, clipvalue, global_clipnorm.</summary>
    private readonly record struct BaseOptions(double LearningRate, LearningRateSchedule? Schedule, double? WeightDecay, double? ClipNorm, double? ClipValue, double? GlobalClipNorm);
}
