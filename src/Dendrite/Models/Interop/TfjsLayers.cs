// TfjsLayers: the per-layer converter table between Dendrite layers and TensorFlow.js layer configs.
//   export   Dendrite layer type → (tfjs class name, config without the keys every layer has)
//   import   tfjs class name → a factory reading the config through a ConfigReader (so a setting nobody
//            reads is an error, never silently dropped) and given the layer's name
// The keys every layer has — name, trainable, dtype, batch_input_shape — are handled by the topology code
// (TfjsTopology.cs). Each family of layers registers its entries in its own partial file (Core,
// Normalization, Merging, Convolutional, Reshaping, Recurrent); a new family adds a file and one line in Create.
// Weights are written and read under their Dendrite names ("<layer>/<weight>"), which are the tfjs names for
// every layer but the wrappers: those register the names tfjs gives their inner weights (WeightNames). Every
// weight layout is Keras' (and tfjs'), so values never need converting.
using Dendrite.Nn;
using Dendrite.Nn.Layers;

namespace Dendrite.Models.Interop;

/// <summary>A layer's entry in model.json: its TensorFlow.js class name and its class-specific settings.</summary>
/// <param name="ClassName">The Keras / tfjs class name, e.g. <c>Dense</c>.</param>
/// <param name="Config">The settings with Keras' snake_case keys, without name, trainable, dtype and batch_input_shape.</param>
internal readonly record struct TfjsLayerConfig(string ClassName, Dictionary<string, object?> Config);

/// <summary>Converts layers to and from their TensorFlow.js configs, one table entry per layer class.</summary>
internal static partial class TfjsLayers
{
    private static readonly Table s_table = Create();

    /// <summary>The tfjs class names that can be imported, in ordinal order.</summary>
    public static IReadOnlyList<string> ImportableClasses => [.. s_table.Importers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The tfjs class name and settings of <paramref name="layer"/>.</summary>
    /// <exception cref="NotSupportedException">The layer type (or one of its settings) has no TensorFlow.js equivalent.</exception>
    public static TfjsLayerConfig Export(Layer layer)
    {
        if (!s_table.Exporters.TryGetValue(layer.GetType(), out Func<Layer, TfjsLayerConfig>? export))
        {
            throw new NotSupportedException($"{Where(layer)} cannot be exported to TensorFlow.js: its class has no converter. Layers Dendrite exports: {string.Join(", ", s_table.Exporters.Keys.Select(t => t.Name).Order(StringComparer.Ordinal))}.");
        }

        return export(layer);
    }

    /// <summary>A new layer of tfjs class <paramref name="className"/> from its settings.</summary>
    /// <param name="className">The tfjs class name.</param>
    /// <param name="config">The settings (name, trainable, dtype and batch_input_shape already read).</param>
    /// <param name="name">The layer's name.</param>
    /// <exception cref="ArgumentException">The class has no Dendrite equivalent, or a setting is invalid or not understood.</exception>
    public static Layer Import(string className, ConfigReader config, string name)
    {
        if (!s_table.Importers.TryGetValue(className, out Func<ConfigReader, string, Layer>? import))
        {
            throw new ArgumentException($"layer class '{className}' has no Dendrite equivalent; classes Dendrite imports: {string.Join(", ", ImportableClasses)}.");
        }

        Layer layer = import(config, name);
        config.EnsureAllRead();
        return layer;
    }

    /// <summary>The tfjs names of <paramref name="layer"/>'s weights, in the order of <see cref="Layer.Weights"/>.</summary>
    public static IReadOnlyList<string> WeightNames(Layer layer) => s_table.Names.TryGetValue(layer.GetType(), out Func<Layer, IReadOnlyList<string>>? names)
        ? names(layer)
        : [.. layer.Weights.Select(w => w.Name)];

    /// <summary>The layer types that export (some only to explain why a setting cannot).</summary>
    internal static IReadOnlyCollection<Type> ExportableTypes => s_table.Exporters.Keys;

    /// <summary>How messages name a layer: <c>Dense 'dense_1'</c>.</summary>
    internal static string Where(Layer layer) => $"{layer.GetType().Name} '{layer.Name}'";

    private static Table Create()
    {
        var table = new Table();
        AddCore(table);
        AddNormalization(table);
        AddMerging(table);
        AddConvolutional(table);
        AddReshaping(table);
        AddRecurrent(table);
        return table;
    }

    /// <summary>The two directions of the converter table.</summary>
    private sealed class Table
    {
        public Dictionary<Type, Func<Layer, TfjsLayerConfig>> Exporters { get; } = [];

        public Dictionary<string, Func<ConfigReader, string, Layer>> Importers { get; } = new(StringComparer.Ordinal);

        public Dictionary<Type, Func<Layer, IReadOnlyList<string>>> Names { get; } = [];

        /// <summary>Registers how layers of type <typeparamref name="T"/> export.</summary>
        public void Export<T>(Func<T, TfjsLayerConfig> export)
            where T : Layer => Exporters[typeof(T)] = layer => export((T)layer);

        /// <summary>Registers the tfjs weight names of layers of type <typeparamref name="T"/> (wrappers).</summary>
        public void WeightNames<T>(Func<T, IReadOnlyList<string>> names)
            where T : Layer => Names[typeof(T)] = layer => names((T)layer);

        /// <summary>Registers how tfjs class <paramref name="className"/> imports.</summary>
        public void Import(string className, Func<ConfigReader, string, Layer> import) => Importers[className] = import;
    }
}
