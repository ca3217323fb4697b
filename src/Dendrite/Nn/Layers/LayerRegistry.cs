// LayerRegistry: Keras layer class name → a factory taking the layer's config (what GetConfig wrote, or the
// same read back from config.json). The one place a saved architecture becomes layers again.
//   class names as Keras writes them: InputLayer (our Input), Activation (our ActivationLayer), else the type
//   name (Dense, BatchNormalization, Concatenate, …; built-in factories in LayerRegistry.BuiltIns.cs);
//   a custom layer registers under its own class name (its C# type name).
//   "name" and "trainable" are common to every layer: factories pass the name to the constructor,
//   the registry sets Trainable. Built-in factories reject settings they do not understand.
namespace Dendrite.Nn.Layers;

/// <summary>Recreates layers from their Keras class name and config (the edge where config.json becomes layers).</summary>
public static partial class LayerRegistry
{
    private static readonly Dictionary<string, Func<IReadOnlyDictionary<string, object?>, Layer>> s_factories = WithSequenceLayers(AddConvolutionalLayers(BuiltIns()));

    /// <summary>The registered class names, in ordinal order.</summary>
    public static IReadOnlyList<string> Names => [.. s_factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers a layer class (e.g. a custom layer) so saved models containing it can be loaded.</summary>
    /// <param name="className">The class name written in config.json: the layer's C# type name (see <see cref="ClassName"/>).</param>
    /// <param name="factory">Creates the layer from its config; it should pass <c>config["name"]</c> to the constructor.</param>
    public static void Register(string className, Func<IReadOnlyDictionary<string, object?>, Layer> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(className);
        ArgumentNullException.ThrowIfNull(factory);
        s_factories[className] = factory;
    }

    /// <summary>The Keras class name written for <paramref name="layer"/>: <c>InputLayer</c>, <c>Activation</c>, else its type name.</summary>
    /// <param name="layer">The layer.</param>
    public static string ClassName(Layer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer switch
        {
            Input => "InputLayer",
            ActivationLayer => "Activation",
            _ => layer.GetType().Name,
        };
    }

    /// <summary>A new layer of class <paramref name="className"/> with the settings of <paramref name="config"/>.</summary>
    /// <param name="className">A registered class name, e.g. <c>Dense</c>.</param>
    /// <param name="config">The layer's settings, as <see cref="Layer.GetConfig"/> wrote them.</param>
    /// <exception cref="ArgumentException">The class is unknown (the message lists the known ones), or a setting is invalid or not understood.</exception>
    public static Layer FromConfig(string className, IReadOnlyDictionary<string, object?> config)
    {
        ArgumentNullException.ThrowIfNull(className);
        ArgumentNullException.ThrowIfNull(config);
        if (!s_factories.TryGetValue(className, out var factory))
        {
            throw new ArgumentException($"Unknown layer class '{className}'. Known: {string.Join(", ", Names)}; register custom layers with LayerRegistry.Register.", nameof(className));
        }

        Layer layer = factory(config);
        if (config.TryGetValue("trainable", out object? trainable))
        {
            layer.Trainable = trainable as bool? ?? throw new ArgumentException($"{className} config setting 'trainable' must be true or false, received {trainable ?? "null"}.");
        }

        return layer;
    }

    /// <summary>Runs a built-in factory and rejects settings it did not read ("trainable" is the registry's).</summary>
    private static Layer Read(string className, IReadOnlyDictionary<string, object?> config, Func<ConfigReader, Layer> create)
    {
        var reader = new ConfigReader(className, config);
        reader.Raw("trainable");
        Layer layer = create(reader);
        reader.EnsureAllRead();
        return layer;
    }
}
