// InitializerRegistry: the one place initializer names (strings from config.json or the CLI) become
// initializer objects, with Keras' default settings. Unknown names list the valid ones.
namespace Dendrite.Nn.Initializers;

/// <summary>Creates initializers from their Keras names.</summary>
public static class InitializerRegistry
{
    private static readonly NameRegistry<Initializer> s_registry = new("initializer", new Dictionary<string, Func<Initializer>>
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
    });

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>Registers an initializer under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates a fresh initializer.</param>
    public static void Register(string name, Func<Initializer> factory) => s_registry.Register(name, factory);

    /// <summary>A new initializer for <paramref name="name"/>, with Keras' defaults.</summary>
    /// <param name="name">A Keras initializer name, e.g. <c>glorot_uniform</c> or <c>he_normal</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Initializer Create(string name) => s_registry.Create(name);
}
