// The sequence layers' from-config factories (Embedding, Masking, SimpleRNN, LSTM, GRU, Bidirectional,
// TimeDistributed), by the Keras 3 get_config names; a wrapped layer is {"class_name", "config"} and is
// recreated through the registry itself.
using Dendrite.Nn.Activations;

namespace Dendrite.Nn.Layers;

public static partial class LayerRegistry
{
    private static Dictionary<string, Func<IReadOnlyDictionary<string, object?>, Layer>> WithSequenceLayers(Dictionary<string, Func<IReadOnlyDictionary<string, object?>, Layer>> factories)
    {
        factories["Embedding"] = config => Read("Embedding", config, c => new Embedding(
            c.RequiredInt("input_dim"), c.RequiredInt("output_dim"), InitializerOrNull(c, "embeddings_initializer"), c.Bool("mask_zero", false), c.NullableString("name")));
        factories["Masking"] = config => Read("Masking", config, c => new Masking(c.Double("mask_value", 0.0), c.NullableString("name")));
        factories["SimpleRNN"] = config => Read("SimpleRNN", config, c => new SimpleRNN(
            c.RequiredInt("units"), ActivationOrNull(c, "activation"), c.Bool("use_bias", true), InitializerOrNull(c, "kernel_initializer"),
            InitializerOrNull(c, "recurrent_initializer"), InitializerOrNull(c, "bias_initializer"), c.Bool("return_sequences", false),
            c.Bool("return_state", false), c.Bool("go_backwards", false), c.NullableString("name")));
        factories["LSTM"] = config => Read("LSTM", config, c => new LSTM(
            c.RequiredInt("units"), ActivationOrNull(c, "activation"), ActivationOrNull(c, "recurrent_activation"), c.Bool("use_bias", true),
            InitializerOrNull(c, "kernel_initializer"), InitializerOrNull(c, "recurrent_initializer"), InitializerOrNull(c, "bias_initializer"),
            c.Bool("unit_forget_bias", true), c.Bool("return_sequences", false), c.Bool("return_state", false), c.Bool("go_backwards", false), c.NullableString("name")));
        factories["GRU"] = config => Read("GRU", config, c => new GRU(
            c.RequiredInt("units"), ActivationOrNull(c, "activation"), ActivationOrNull(c, "recurrent_activation"), c.Bool("use_bias", true),
            InitializerOrNull(c, "kernel_initializer"), InitializerOrNull(c, "recurrent_initializer"), InitializerOrNull(c, "bias_initializer"),
            c.Bool("reset_after", true), c.Bool("return_sequences", false), c.Bool("return_state", false), c.Bool("go_backwards", false), c.NullableString("name")));
        factories["Bidirectional"] = config => Read("Bidirectional", config, c => new Bidirectional(
            Inner(c) as Recurrent ?? throw new ArgumentException("Bidirectional config setting 'layer' must describe a SimpleRNN, LSTM or GRU."),
            MergeMode(c.NullableString("merge_mode") ?? "concat"),
            c.NullableString("name")));
        factories["TimeDistributed"] = config => Read("TimeDistributed", config, c => new TimeDistributed(Inner(c), c.NullableString("name")));
        return factories;
    }

    private static Activation? ActivationOrNull(ConfigReader c, string key) => c.Has(key) ? ActivationRegistry.Deserialize(c.Raw(key)) : null;

    /// <summary>The wrapped layer of a wrapper's config: {"class_name", "config"} under "layer".</summary>
    private static Layer Inner(ConfigReader c) => c.Raw("layer") switch
    {
        IReadOnlyDictionary<string, object?> form when form.TryGetValue("class_name", out object? name) && name is string className
            => FromConfig(className, form.TryGetValue("config", out object? inner) && inner is IReadOnlyDictionary<string, object?> settings ? settings : new Dictionary<string, object?>()),
        _ => throw new ArgumentException($"{c.What} config needs the setting 'layer' as {{class_name, config}}."),
    };

    private static BidirectionalMerge MergeMode(string name) => name switch
    {
        "concat" => BidirectionalMerge.Concat,
        "sum" => BidirectionalMerge.Sum,
        "mul" => BidirectionalMerge.Mul,
        "ave" => BidirectionalMerge.Ave,
        _ => throw new ArgumentException($"Bidirectional merge_mode must be one of concat, sum, mul, ave; received '{name}'."),
    };
}
