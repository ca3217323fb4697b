// LayerConverters: the registry of ONNX converters, keyed by the exact layer type. A layer type that is not
// registered is not exported — not even when it derives from a registered one — so a custom layer can never
// be silently exported as its base class: the export fails, naming the layer, its type and the supported types.
// Each layer family has one converter file (Dense, activations, identity, normalization, merge, convolution,
// pooling, reshaping, recurrent, sequence); a new layer type adds one line in s_converters.
using Dendrite.Nn.Layers;

namespace Dendrite.Onnx.Converters;

/// <summary>Writes the ONNX nodes of one layer call; its last node writes <see cref="LayerConversion.Output"/>.</summary>
/// <param name="conversion">The layer call to convert.</param>
internal delegate void LayerConverter(LayerConversion conversion);

/// <summary>The ONNX converter of each supported layer type.</summary>
internal static class LayerConverters
{
    private static readonly Dictionary<Type, LayerConverter> s_converters = new()
    {
        [typeof(Dense)] = DenseConverter.Convert,
        [typeof(ActivationLayer)] = c => ActivationConverters.Convert(c, ((ActivationLayer)c.Layer).Activation, c.Input.Name, c.Output),
        [typeof(Dropout)] = IdentityConverter.Convert,
        [typeof(GaussianNoise)] = IdentityConverter.Convert,
        [typeof(GaussianDropout)] = IdentityConverter.Convert,
        [typeof(AlphaDropout)] = IdentityConverter.Convert,
        [typeof(Flatten)] = IdentityConverter.Flatten,
        [typeof(BatchNormalization)] = NormalizationConverters.BatchNormalization,
        [typeof(LayerNormalization)] = NormalizationConverters.LayerNormalization,
        [typeof(Add)] = MergeConverters.Add,
        [typeof(Subtract)] = MergeConverters.Subtract,
        [typeof(Multiply)] = MergeConverters.Multiply,
        [typeof(Average)] = MergeConverters.Average,
        [typeof(Maximum)] = MergeConverters.Maximum,
        [typeof(Concatenate)] = MergeConverters.Concatenate,
        [typeof(Conv1D)] = ConvolutionConverters.Conv1D,
        [typeof(Conv2D)] = ConvolutionConverters.Conv2D,
        [typeof(Conv2DTranspose)] = ConvolutionConverters.Conv2DTranspose,
        [typeof(MaxPooling1D)] = PoolingConverters.MaxPooling1D,
        [typeof(MaxPooling2D)] = PoolingConverters.MaxPooling2D,
        [typeof(AveragePooling1D)] = PoolingConverters.AveragePooling1D,
        [typeof(AveragePooling2D)] = PoolingConverters.AveragePooling2D,
        [typeof(GlobalAveragePooling1D)] = PoolingConverters.GlobalAverage,
        [typeof(GlobalAveragePooling2D)] = PoolingConverters.GlobalAverage,
        [typeof(GlobalMaxPooling1D)] = PoolingConverters.GlobalMax,
        [typeof(GlobalMaxPooling2D)] = PoolingConverters.GlobalMax,
        [typeof(UpSampling2D)] = ReshapingConverters.UpSampling2D,
        [typeof(ZeroPadding2D)] = ReshapingConverters.ZeroPadding2D,
        [typeof(Cropping2D)] = ReshapingConverters.Cropping2D,
        [typeof(Reshape)] = ReshapingConverters.Reshape,
        [typeof(Permute)] = ReshapingConverters.Permute,
        [typeof(RepeatVector)] = ReshapingConverters.RepeatVector,
        [typeof(SimpleRNN)] = RecurrentConverters.Convert,
        [typeof(LSTM)] = RecurrentConverters.Convert,
        [typeof(GRU)] = RecurrentConverters.Convert,
        [typeof(Bidirectional)] = RecurrentConverters.Bidirectional,
        [typeof(Embedding)] = SequenceConverters.Embedding,
        [typeof(Masking)] = SequenceConverters.Masking,
        [typeof(TimeDistributed)] = SequenceConverters.TimeDistributed,
    };

    /// <summary>The supported layer types: every registered one, plus <see cref="Nn.Layers.Input"/> (a graph input, no node).</summary>
    public static IReadOnlyList<Type> SupportedTypes => [.. s_converters.Keys.Append(typeof(Input)).OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The converter of <paramref name="layer"/>'s exact type.</summary>
    /// <param name="layer">The layer.</param>
    /// <exception cref="NotSupportedException">No converter is registered for the layer's type; the message names the layer, its type and the supported types.</exception>
    public static LayerConverter For(Layer layer) => s_converters.TryGetValue(layer.GetType(), out LayerConverter? converter)
        ? converter
        : throw Unsupported(layer);

    /// <summary>Throws when any of <paramref name="layers"/> has no converter, naming all of them.</summary>
    /// <param name="modelName">The model's name, for the message.</param>
    /// <param name="layers">The layers to export.</param>
    /// <exception cref="NotSupportedException">Some layer has no converter.</exception>
    public static void CheckSupported(string modelName, IEnumerable<Layer> layers)
    {
        Layer[] unsupported = [.. layers.Where(l => l is not Input && !s_converters.ContainsKey(l.GetType()))];
        if (unsupported.Length > 0)
        {
            throw new NotSupportedException(
                $"Model '{modelName}' cannot be exported to ONNX: {string.Join("; ", unsupported.Select(Describe))} has no ONNX converter. " +
                $"Supported layer types: {SupportedList}.");
        }
    }

    private static NotSupportedException Unsupported(Layer layer) =>
        new($"ONNX export does not support {Describe(layer)}. Supported layer types: {SupportedList}.");

    private static string Describe(Layer layer) => $"layer '{layer.Name}' of type {layer.GetType().FullName}";

    private static string SupportedList => string.Join(", ", SupportedTypes.Select(t => t.Name));
}
