// InitializerRegistry: the one place initializer names (strings from config.json or the CLI) become
// initializer objects, with Keras' default settings. Unknown names list the valid ones.
// In a layer's config an initializer is its name when its settings are the defaults ("glorot_uniform"),
// else {"class_name": name, "config": settings} (e.g. a seeded GlorotUniform, a RandomNormal's stddev).
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
    }, new Dictionary<string, Func<ConfigReader, Initializer>>
    {
        ["constant"] = c => new Constant(c.Double("value", 0.0)),
        ["glorot_normal"] = c => new GlorotNormal(c.NullableInt("seed")),
        ["glorot_uniform"] = c => new GlorotUniform(c.NullableInt("seed")),
        ["he_normal"] = c => new HeNormal(c.NullableInt("seed")),
        ["he_uniform"] = c => new HeUniform(c.NullableInt("seed")),
        ["lecun_normal"] = c => new LecunNormal(c.NullableInt("seed")),
        ["lecun_uniform"] = c => new LecunUniform(c.NullableInt("seed")),
        ["orthogonal"] = c => new Orthogonal(c.Double("gain", 1.0), c.NullableInt("seed")),
        ["random_normal"] = c => new RandomNormal(c.Double("mean", 0.0), c.Double("stddev", 0.05), c.NullableInt("seed")),
        ["random_uniform"] = c => new RandomUniform(c.Double("minval", -0.05), c.Double("maxval", 0.05), c.NullableInt("seed")),
        ["truncated_normal"] = c => new TruncatedNormal(c.Double("mean", 0.0), c.Double("stddev", 0.05), c.NullableInt("seed")),
        ["variance_scaling"] = c => new VarianceScaling(c.Double("scale", 1.0), ParseMode(c), ParseDistribution(c), c.NullableInt("seed")),
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

    /// <summary>The initializer named <paramref name="name"/> with the settings <paramref name="config"/> (as <see cref="Initializer.GetConfig"/> wrote them).</summary>
    /// <param name="name">A Keras initializer name.</param>
    /// <param name="config">The settings; missing ones take Keras' defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, or a setting is invalid or not understood.</exception>
    public static Initializer FromConfig(string name, IReadOnlyDictionary<string, object?> config) => s_registry.FromConfig(name, config);

    /// <summary>The config form of an initializer: its name when its settings are the defaults, else <c>{class_name, config}</c>.</summary>
    /// <param name="initializer">The initializer.</param>
    public static object Serialize(Initializer initializer)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        IReadOnlyDictionary<string, object?> config = initializer.GetConfig();
        return ConfigReader.ConfigEquals(config, Create(initializer.Name).GetConfig())
            ? initializer.Name
            : new Dictionary<string, object?> { ["class_name"] = initializer.Name, ["config"] = config };
    }

    /// <summary>The initializer a config value describes: a name, or <c>{class_name, config}</c> as <see cref="Serialize"/> writes.</summary>
    /// <param name="value">The config value.</param>
    /// <exception cref="ArgumentException">The value is neither form, or names an unknown initializer.</exception>
    public static Initializer Deserialize(object? value) => ConfigForms.Deserialize(value, "initializer", Create, FromConfig);

    private static VarianceScalingMode ParseMode(ConfigReader c) => c.NullableString("mode") switch
    {
        null or "fan_in" => VarianceScalingMode.FanIn,
        "fan_out" => VarianceScalingMode.FanOut,
        "fan_avg" => VarianceScalingMode.FanAvg,
        string other => throw new ArgumentException($"{c.What} config setting 'mode' must be fan_in, fan_out or fan_avg, received '{other}'."),
    };

    private static VarianceScalingDistribution ParseDistribution(ConfigReader c) => c.NullableString("distribution") switch
    {
        null or "truncated_normal" => VarianceScalingDistribution.TruncatedNormal,
        "untruncated_normal" => VarianceScalingDistribution.UntruncatedNormal,
        "uniform" => VarianceScalingDistribution.Uniform,
        string other => throw new ArgumentException($"{c.What} config setting 'distribution' must be truncated_normal, untruncated_normal or uniform, received '{other}'."),
    };
}
