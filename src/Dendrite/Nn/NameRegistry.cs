// NameRegistry: the mechanism behind every by-name lookup (activations, initializers, losses, optimizers,
// metrics): Keras names, case-insensitive, registrable, and an error that lists the valid names.
// Strings become objects only at the edges (config.json, the CLI, Compile's "accuracy"), through here.
// FromConfig recreates an object from its name and GetConfig settings (config.json): a name with a config
// factory reads its settings through a ConfigReader; any other name accepts only an empty config.
namespace Dendrite.Nn;

/// <summary>Keras-name → factory lookup with one error format for unknown names.</summary>
/// <typeparam name="T">What the names create.</typeparam>
/// <param name="kind">What T is called in messages, e.g. "loss".</param>
/// <param name="factories">The built-in names and factories.</param>
/// <param name="configFactories">Names whose objects take settings, with factories reading them; default null = none.</param>
internal sealed class NameRegistry<T>(string kind, IEnumerable<KeyValuePair<string, Func<T>>> factories, IEnumerable<KeyValuePair<string, Func<ConfigReader, T>>>? configFactories = null)
{
    private readonly Dictionary<string, Func<T>> _factories = new(factories, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<ConfigReader, T>> _configFactories = new(configFactories ?? [], StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Adds or replaces a name.</summary>
    public void Register(string name, Func<T> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[name] = factory;
        _configFactories.Remove(name);
    }

    /// <summary>The object for <paramref name="name"/> with the settings of <paramref name="config"/> (as GetConfig wrote them).</summary>
    /// <exception cref="ArgumentException">The name is unknown, a setting is invalid, or a setting is not understood.</exception>
    public T FromConfig(string name, IReadOnlyDictionary<string, object?> config)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(config);
        var reader = new ConfigReader($"{kind} '{name}'", config);
        T result = _configFactories.TryGetValue(name, out Func<ConfigReader, T>? fromConfig) ? fromConfig(reader) : Create(name);
        reader.EnsureAllRead();
        return result;
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
