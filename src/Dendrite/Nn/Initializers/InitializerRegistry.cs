// InitializerRegistry: the one place initializer names (strings from config.json or the CLI) become
// initializer objects, with Keras' default settings. Unknown names list the valid ones.
namespace Dendrite.Nn.Initializers;

/// <summary>Creates initializers from their Keras names.</summary>
public static class InitializerRegistry
{
    private static readonly Dictionary<string, Func<Initializer>> s_factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["constant"] = () => new Constant(),
        ["glorot_normal"] = () => new GlorotNormal(),
        ["glorot_uniform"] = () => new GlorotUniform(),
        ["he_normal"] = () => new HeNormal(),
        ["he_uniform"] = () => new HeUniform(),
        ["lecun_normal"] = () => new LecunNormal(),
        ["lecun_uniform"] = () => new LecunUniform(),
        ["ones"] = () => new Ones(),
        ["orthogonal"] = () => new Orthogonal(),
        ["random_normal"] = () => new RandomNormal(),
        ["random_uniform"] = () => new RandomUniform(),
        ["truncated_normal"] = () => new TruncatedNormal(),
        ["variance_scaling"] = () => new VarianceScaling(),
        ["zeros"] = () => new Zeros(),
    };

    /// <summary>The registered names.</summary>
    public static IReadOnlyCollection<string> Names => s_factories.Keys;

    /// <summary>Registers an initializer under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates a fresh initializer.</param>
    public static void Register(string name, Func<Initializer> factory)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(factory);
        s_factories[name] = factory;
    }

    /// <summary>A new initializer for <paramref name="name"/>, with Keras' defaults.</summary>
    /// <param name="name">A Keras initializer name, e.g. <c>glorot_uniform</c> or <c>he_normal</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Initializer Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return s_factories.TryGetValue(name, out var f)
            ? f()
            : throw new ArgumentException($"Unknown initializer '{name}'. Valid names: {string.Join(", ", s_factories.Keys.Order(StringComparer.Ordinal))}.", nameof(name));
    }
}
