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
}
