// OptimizerRegistry: the one place optimizer names (strings from config.json or the CLI) become optimizer
// objects, with Keras' defaults. Lookup ignores case, so Keras' "SGD" and "Adam" work too. Unknown names
// list the valid ones.
namespace Dendrite.Optimizers;

/// <summary>Creates optimizers from their Keras names.</summary>
public static class OptimizerRegistry
{
    private static readonly Dictionary<string, Func<Optimizer>> s_factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["adagrad"] = () => new Adagrad(),
        ["adam"] = () => new Adam(),
        ["adamw"] = () => new AdamW(),
        ["rmsprop"] = () => new RMSprop(),
        ["sgd"] = () => new SGD(),
    };

    /// <summary>The registered names.</summary>
    public static IReadOnlyCollection<string> Names => s_factories.Keys;

    /// <summary>Registers an optimizer under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates a fresh optimizer.</param>
    public static void Register(string name, Func<Optimizer> factory)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(factory);
        s_factories[name] = factory;
    }

    /// <summary>A new optimizer for <paramref name="name"/>, with Keras' defaults.</summary>
    /// <param name="name">A Keras optimizer name, e.g. <c>adam</c> or <c>rmsprop</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Optimizer Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_factories.TryGetValue(name, out var f)
            ? f()
            : throw new ArgumentException($"Unknown optimizer '{name}'. Valid names: {string.Join(", ", s_factories.Keys.Order(StringComparer.Ordinal))}.", nameof(name));
    }
}
