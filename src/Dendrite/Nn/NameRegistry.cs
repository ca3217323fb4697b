// NameRegistry: the mechanism behind every by-name lookup (activations, initializers, losses, optimizers,
// metrics): Keras names, case-insensitive, registrable, and an error that lists the valid names.
// Strings become objects only at the edges (config.json, the CLI, Compile's "accuracy"), through here.
namespace Dendrite.Nn;

/// <summary>Keras-name → factory lookup with one error format for unknown names.</summary>
/// <typeparam name="T">What the names create.</typeparam>
/// <param name="kind">What T is called in messages, e.g. "loss".</param>
/// <param name="factories">The built-in names and factories.</param>
internal sealed class NameRegistry<T>(string kind, IEnumerable<KeyValuePair<string, Func<T>>> factories)
{
    private readonly Dictionary<string, Func<T>> _factories = new(factories, StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Adds or replaces a name.</summary>
    public void Register(string name, Func<T> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[name] = factory;
    }

    /// <summary>The object for <paramref name="name"/>; unknown names throw with the valid ones listed.</summary>
    public T Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _factories.TryGetValue(name, out Func<T>? factory)
            ? factory()
            : throw new ArgumentException($"Unknown {kind} '{name}'. Valid names: {string.Join(", ", Names)}.", nameof(name));
    }
}
