// ActivationRegistry: the one place activation names (strings from config.json or the CLI) become
// Activation objects, by their Keras names. Unknown names list the valid ones.
// In a layer's config an activation is its name when its settings are the defaults ("relu", as Keras
// writes it), else {"class_name": name, "config": settings} (e.g. a LeakyRelu with another slope).
namespace Dendrite.Nn.Activations;

/// <summary>Looks up activations by their Keras names, e.g. <c>relu</c> or <c>leaky_relu</c>.</summary>
public static class ActivationRegistry
{
    private static readonly NameRegistry<Activation> s_registry = new("activation", new Dictionary<string, Func<Activation>>
    {
        ["linear"] = () => Activation.Linear,
        ["relu"] = () => Activation.Relu,
        ["sigmoid"] = () => Activation.Sigmoid,
        ["softmax"] = () => Activation.Softmax,
        ["tanh"] = () => Activation.Tanh,
        ["leaky_relu"] = () => Activation.LeakyRelu,
        ["elu"] = () => Activation.Elu,
        ["selu"] = () => Activation.Selu,
        ["gelu"] = () => Activation.Gelu,
        ["silu"] = () => Activation.Silu,
        ["swish"] = () => Activation.Swish,
        ["softplus"] = () => Activation.Softplus,
        ["softsign"] = () => Activation.Softsign,
        ["hard_sigmoid"] = () => Activation.HardSigmoid,
        ["log_softmax"] = () => Activation.LogSoftmax,
        ["step"] = () => Activation.Step,
    }, new Dictionary<string, Func<ConfigReader, Activation>>
    {
        ["leaky_relu"] = c => new LeakyRelu(c.Double("negative_slope", 0.2)),
        ["elu"] = c => new Elu(c.Double("alpha", 1.0)),
        ["gelu"] = c => new Gelu(c.Bool("approximate", false)),
        ["softmax"] = c => new Softmax(c.Int("axis", -1)),
        ["log_softmax"] = c => new LogSoftmax(c.Int("axis", -1)),
    });

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>The activation named <paramref name="name"/> (case-insensitive), with Keras default settings.</summary>
    /// <param name="name">A Keras activation name, e.g. <c>relu</c>; <c>swish</c> is an alias of <c>silu</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Activation Get(string name) => s_registry.Create(name);

    /// <summary>The activation named <paramref name="name"/> with the settings <paramref name="config"/> (as <see cref="Activation.GetConfig"/> wrote them).</summary>
    /// <param name="name">A Keras activation name.</param>
    /// <param name="config">The settings; missing ones take Keras' defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, or a setting is invalid or not understood.</exception>
    public static Activation FromConfig(string name, IReadOnlyDictionary<string, object?> config) => s_registry.FromConfig(name, config);

    /// <summary>The config form of an activation: its name when its settings are the defaults, else <c>{class_name, config}</c>.</summary>
    /// <param name="activation">The activation.</param>
    public static object Serialize(Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        IReadOnlyDictionary<string, object?> config = activation.GetConfig();
        return ConfigReader.ConfigEquals(config, Get(activation.Name).GetConfig())
            ? activation.Name
            : new Dictionary<string, object?> { ["class_name"] = activation.Name, ["config"] = config };
    }

    /// <summary>The activation a config value describes: a name, or <c>{class_name, config}</c> as <see cref="Serialize"/> writes.</summary>
    /// <param name="value">The config value.</param>
    /// <exception cref="ArgumentException">The value is neither form, or names an unknown activation.</exception>
    public static Activation Deserialize(object? value) => ConfigForms.Deserialize(value, "activation", Get, FromConfig);
}
