// LossRegistry: the one place loss names (strings from config.json or the CLI) become loss objects, with
// Keras' defaults. Names follow Keras, including its short aliases ("mse", "mae"); lookup ignores case,
// so Keras' "MSE" works too. Unknown names list the valid ones.
namespace Dendrite.Nn.Losses;

/// <summary>Creates losses from their Keras names.</summary>
public static class LossRegistry
{
    private static readonly NameRegistry<Loss> s_registry = new("loss", new Dictionary<string, Func<Loss>>
    {
        ["binary_crossentropy"] = () => new BinaryCrossentropy(),
        ["categorical_crossentropy"] = () => new CategoricalCrossentropy(),
        ["huber"] = () => new Huber(),
        ["huber_loss"] = () => new Huber(),
        ["mae"] = () => new MeanAbsoluteError(),
        ["mean_absolute_error"] = () => new MeanAbsoluteError(),
        ["mean_squared_error"] = () => new MeanSquaredError(),
        ["mse"] = () => new MeanSquaredError(),
        ["sparse_categorical_crossentropy"] = () => new SparseCategoricalCrossentropy(),
    }, new Dictionary<string, Func<ConfigReader, Loss>>
    {
        ["binary_crossentropy"] = c => new BinaryCrossentropy(c.Bool("from_logits", false), c.Double("label_smoothing", 0.0)),
        ["categorical_crossentropy"] = c => new CategoricalCrossentropy(c.Bool("from_logits", false), c.Double("label_smoothing", 0.0), c.Int("axis", -1)),
        ["huber"] = c => new Huber(c.Double("delta", 1.0)),
        ["huber_loss"] = c => new Huber(c.Double("delta", 1.0)),
        ["sparse_categorical_crossentropy"] = c => new SparseCategoricalCrossentropy(c.Bool("from_logits", false)),
    });

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>Registers a loss under <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="factory">Creates a fresh loss.</param>
    public static void Register(string name, Func<Loss> factory) => s_registry.Register(name, factory);

    /// <summary>A new loss for <paramref name="name"/>, with Keras' defaults.</summary>
    /// <param name="name">A Keras loss name, e.g. <c>mse</c> or <c>sparse_categorical_crossentropy</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Loss Create(string name) => s_registry.Create(name);

    /// <summary>The loss named <paramref name="name"/> with the settings <paramref name="config"/> (as <see cref="Loss.GetConfig"/> wrote them).</summary>
    /// <param name="name">A Keras loss name.</param>
    /// <param name="config">The settings; missing ones take Keras' defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, or a setting is invalid or not understood.</exception>
    public static Loss FromConfig(string name, IReadOnlyDictionary<string, object?> config) => s_registry.FromConfig(name, config);
}
