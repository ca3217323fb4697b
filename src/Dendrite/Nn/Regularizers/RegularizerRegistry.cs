// RegularizerRegistry: the one place regularizer names (strings from config.json or the CLI) become
// Regularizer objects, as Keras 3's keras/src/regularizers/__init__.py (get / deserialize): the snake-case
// names "l1", "l2", "l1_l2" and the class names "L1", "L2", "L1L2" that Keras writes as class_name.
//   a name alone gives Keras' string shortcut: l1 = 0.01, l2 = 0.01, l1_l2 = (0.01, 0.01) (L1L2's docstring);
//   {class_name, config} gives the constructor with the settings, missing ones at the class defaults.
// In a layer's config a regularizer is {"class_name": "L2", "config": {"l2": 0.01}} (Regularizer.Serialize).
namespace Dendrite.Nn.Regularizers;

/// <summary>Looks up regularizers by their Keras names, e.g. <c>l2</c> or <c>L1L2</c>.</summary>
public static class RegularizerRegistry
{
    private static readonly NameRegistry<Regularizer> s_registry = new("regularizer", new Dictionary<string, Func<Regularizer>>
    {
        ["l1"] = () => new L1(),
        ["l2"] = () => new L2(),
        ["l1_l2"] = () => new L1L2(0.01, 0.01),
        ["L1L2"] = () => new L1L2(0.01, 0.01),
    }, new Dictionary<string, Func<ConfigReader, Regularizer>>
    {
        ["l1"] = c => new L1(c.Double("l1", 0.01)),
        ["l2"] = c => new L2(c.Double("l2", 0.01)),
        ["l1_l2"] = c => new L1L2(c.Double("l1", 0.0), c.Double("l2", 0.0)),
        ["L1L2"] = c => new L1L2(c.Double("l1", 0.0), c.Double("l2", 0.0)),
    });

    /// <summary>The registered names, in ordinal order (names are matched ignoring case, so <c>L1</c> is <c>l1</c>).</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>Registers a regularizer (e.g. a custom one) under <paramref name="name"/>.</summary>
    /// <param name="name">The name; for configs written by <see cref="Regularizer.Serialize"/>, its C# type name.</param>
    /// <param name="factory">Creates the regularizer with its default settings.</param>
    public static void Register(string name, Func<Regularizer> factory) => s_registry.Register(name, factory);

    /// <summary>The regularizer named <paramref name="name"/> (case-insensitive), with Keras' string-shortcut settings.</summary>
    /// <param name="name">A Keras regularizer name, e.g. <c>l2</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Regularizer Get(string name) => s_registry.Create(name);

    /// <summary>The regularizer named <paramref name="name"/> with the settings <paramref name="config"/> (as <see cref="Regularizer.GetConfig"/> wrote them).</summary>
    /// <param name="name">A Keras regularizer name or class name.</param>
    /// <param name="config">The settings; missing ones take the class defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, or a setting is invalid or not understood.</exception>
    public static Regularizer FromConfig(string name, IReadOnlyDictionary<string, object?> config) => s_registry.FromConfig(name, config);

    /// <summary>The config form of a regularizer: <c>{class_name, config}</c>, as Keras writes it.</summary>
    /// <param name="regularizer">The regularizer.</param>
    public static IReadOnlyDictionary<string, object?> Serialize(Regularizer regularizer)
    {
        ArgumentNullException.ThrowIfNull(regularizer);
        return regularizer.Serialize();
    }

    /// <summary>The regularizer a config value describes: a name, or <c>{class_name, config}</c>; null stays null (no regularizer).</summary>
    /// <param name="value">The config value.</param>
    /// <exception cref="ArgumentException">The value is neither form, or names an unknown regularizer.</exception>
    public static Regularizer? Deserialize(object? value) => value is null ? null : ConfigForms.Deserialize(value, "regularizer", Get, FromConfig);
}
