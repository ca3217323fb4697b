// OptimizerRegistry: the one place optimizer names (strings from config.json or the CLI) become optimizer
// objects, with Keras' defaults. Lookup ignores case, so Keras' "SGD" and "Adam" work too. Unknown names
// list the valid ones.
using Dendrite.Nn;

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
        ["adagrad"] = c => Named(c, new Adagrad(c.Double("learning_rate", 0.001), c.Double("initial_accumulator_value", 0.1), c.Double("epsilon", 1e-7))),
        ["adam"] = c => Named(c, new Adam(c.Double("learning_rate", 0.001), c.Double("beta_1", 0.9), c.Double("beta_2", 0.999), c.Double("epsilon", 1e-7))),
        ["adamw"] = c => Named(c, new AdamW(c.Double("learning_rate", 0.001), c.Double("weight_decay", 0.004), c.Double("beta_1", 0.9), c.Double("beta_2", 0.999), c.Double("epsilon", 1e-7))),
        ["rmsprop"] = c => Named(c, new RMSprop(c.Double("learning_rate", 0.001), c.Double("rho", 0.9), c.Double("momentum", 0.0), c.Double("epsilon", 1e-7), c.Bool("centered", false))),
        ["sgd"] = c => Named(c, new SGD(c.Double("learning_rate", 0.01), c.Double("momentum", 0.0), c.Bool("nesterov", false))),
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

    /// <summary>Checks the config's "name" (the optimizer's own name, written by GetConfig) against the created optimizer.</summary>
    private static Optimizer Named(ConfigReader c, Optimizer optimizer)
    {
        string? name = c.NullableString("name");
        return name is null || name == optimizer.Name ? optimizer
            : throw new ArgumentException($"{c.What} config names the optimizer '{name}', but it creates '{optimizer.Name}'.");
    }
}
