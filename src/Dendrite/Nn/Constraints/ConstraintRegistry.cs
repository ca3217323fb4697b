// ConstraintRegistry: the one place constraint names (strings from config.json or the CLI) become
// Constraint objects, as Keras 3's keras/src/constraints/__init__.py (get / deserialize): the snake-case
// names "max_norm", "non_neg", "unit_norm", "min_max_norm" and the class names Keras writes as class_name
// ("MaxNorm", "NonNeg", "UnitNorm", "MinMaxNorm"). A name alone gives the class defaults.
// In a layer's config a constraint is {"class_name": "MaxNorm", "config": {"max_value": 2, "axis": 0}}.
namespace Dendrite.Nn.Constraints;

/// <summary>Looks up constraints by their Keras names, e.g. <c>max_norm</c> or <c>NonNeg</c>.</summary>
public static class ConstraintRegistry
{
    private static readonly NameRegistry<Constraint> s_registry = new("constraint", Both(new Dictionary<string, Func<Constraint>>
    {
        ["max_norm"] = () => new MaxNorm(),
        ["non_neg"] = () => new NonNeg(),
        ["unit_norm"] = () => new UnitNorm(),
        ["min_max_norm"] = () => new MinMaxNorm(),
    }), Both(new Dictionary<string, Func<ConfigReader, Constraint>>
    {
        ["max_norm"] = c => new MaxNorm(c.Double("max_value", 2), c.Int("axis", 0)),
        ["non_neg"] = _ => new NonNeg(),
        ["unit_norm"] = c => new UnitNorm(c.Int("axis", 0)),
        ["min_max_norm"] = c => new MinMaxNorm(c.Double("min_value", 0), c.Double("max_value", 1), c.Double("rate", 1), c.Int("axis", 0)),
    }));

    /// <summary>The registered names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => s_registry.Names;

    /// <summary>Registers a constraint (e.g. a custom one) under <paramref name="name"/>.</summary>
    /// <param name="name">The name; for configs written by <see cref="Constraint.Serialize"/>, its C# type name.</param>
    /// <param name="factory">Creates the constraint with its default settings.</param>
    public static void Register(string name, Func<Constraint> factory) => s_registry.Register(name, factory);

    /// <summary>The constraint named <paramref name="name"/> (case-insensitive), with its default settings.</summary>
    /// <param name="name">A Keras constraint name, e.g. <c>max_norm</c>.</param>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the valid names.</exception>
    public static Constraint Get(string name) => s_registry.Create(name);

    /// <summary>The constraint named <paramref name="name"/> with the settings <paramref name="config"/> (as <see cref="Constraint.GetConfig"/> wrote them).</summary>
    /// <param name="name">A Keras constraint name or class name.</param>
    /// <param name="config">The settings; missing ones take the defaults.</param>
    /// <exception cref="ArgumentException">The name is unknown, or a setting is invalid or not understood.</exception>
    public static Constraint FromConfig(string name, IReadOnlyDictionary<string, object?> config) => s_registry.FromConfig(name, config);

    /// <summary>The config form of a constraint: <c>{class_name, config}</c>, as Keras writes it.</summary>
    /// <param name="constraint">The constraint.</param>
    public static IReadOnlyDictionary<string, object?> Serialize(Constraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        return constraint.Serialize();
    }

    /// <summary>The constraint a config value describes: a name, or <c>{class_name, config}</c>; null stays null (no constraint).</summary>
    /// <param name="value">The config value.</param>
    /// <exception cref="ArgumentException">The value is neither form, or names an unknown constraint.</exception>
    public static Constraint? Deserialize(object? value) => value is null ? null : ConfigForms.Deserialize(value, "constraint", Get, FromConfig);

    /// <summary>Each snake-case name also under its Keras class name (max_norm → MaxNorm).</summary>
    private static Dictionary<string, T> Both<T>(Dictionary<string, T> bySnakeName)
    {
        var all = new Dictionary<string, T>(bySnakeName, StringComparer.Ordinal);
        foreach (var (name, factory) in bySnakeName)
        {
            all[string.Concat(name.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]))] = factory;
        }

        return all;
    }
}
