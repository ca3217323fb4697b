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
}
