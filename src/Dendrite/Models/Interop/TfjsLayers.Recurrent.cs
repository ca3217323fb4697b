// TfjsLayers, sequence layers (tfjs-layers src/layers/embeddings.ts, core.ts Masking, recurrent.ts, wrappers.ts;
// keys as tfjs 4.22 writes them, captured from its own model.json):
//   Embedding      {input_dim, output_dim, embeddings_initializer, embeddings_regularizer, activity_regularizer,
//                   embeddings_constraint, mask_zero, input_length}          Masking {mask_value}
//   SimpleRNN/LSTM/GRU {units, activation, recurrent_activation (LSTM, GRU), use_bias, kernel/recurrent/bias_initializer,
//                   unit_forget_bias (LSTM), kernel/recurrent/bias/activity_regularizer, kernel/recurrent/bias_constraint,
//                   dropout, recurrent_dropout, implementation (LSTM, GRU), reset_after (GRU), return_sequences,
//                   return_state, go_backwards, stateful, unroll}
//   Bidirectional  {merge_mode, layer: {class_name, config}}; weights "<bidirectional>/forward_<rnn>/kernel", …
//   TimeDistributed {layer: {class_name, config}}; weights "<time_distributed>/kernel", … (no inner scope)
// Dendrite's recurrent layers have no regularizers, constraints, dropout or statefulness: they export as null,
// 0 and false, and a file setting any of them is an error (dropping them would change training after loading).
// tfjs' GRU rejects reset_after true (its GRUCell implements the 1406.1078v1 order only), so a GRU with resetAfter
// exports only as an error naming the fix; Keras files with reset_after true import, their bias (2, 3·units) being
// Dendrite's layout. tfjs writes unit_forget_bias null (its LSTMCell then skips the unit forget bias): null reads
// as false, a missing key as Keras' default true. tfjs' default recurrent activation is hard_sigmoid (Keras 2's),
// which Dendrite does not implement; Dendrite always writes its own recurrent activation.
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;

namespace Dendrite.Models.Interop;

internal static partial class TfjsLayers
{
    private static void AddRecurrent(Table table)
    {
        table.Export<Embedding>(e => new("Embedding", new()
        {
            ["input_dim"] = e.InputDim,
            ["output_dim"] = e.OutputDim,
            ["embeddings_initializer"] = TfjsObjects.ExportInitializer(e.EmbeddingsInitializer, Where(e)),
            ["embeddings_regularizer"] = null,
            ["activity_regularizer"] = null,
            ["embeddings_constraint"] = null,
            ["mask_zero"] = e.MaskZero,
            ["input_length"] = null,
        }));
        table.Import("Embedding", (c, name) =>
        {
            Unsupported(c, "embeddings_regularizer", "activity_regularizer", "embeddings_constraint");
            _ = c.Raw("input_length");
            return new Embedding(c.RequiredInt("input_dim"), c.RequiredInt("output_dim"), TfjsObjects.ImportInitializer(c.Raw("embeddings_initializer")), c.Bool("mask_zero", false), name);
        });
        table.Export<Masking>(m => new("Masking", new() { ["mask_value"] = m.MaskValue }));
        table.Import("Masking", (c, name) => new Masking(c.Double("mask_value", 0.0), name));

        table.Export<SimpleRNN>(r => new("SimpleRNN", RecurrentConfig(r, null)));
        table.Import("SimpleRNN", (c, name) =>
        {
            var s = TfjsRecurrentSettings.Read(c);
            return new SimpleRNN(s.Units, s.Activation, s.UseBias, s.Kernel, s.Recurrent, s.Bias, s.ReturnSequences, s.ReturnState, s.GoBackwards, name);
        });
        table.Export<LSTM>(r => new("LSTM", RecurrentConfig(r, new() { ["recurrent_activation"] = TfjsActivations.Export(r.RecurrentActivation, Where(r)), ["unit_forget_bias"] = r.UnitForgetBias, ["implementation"] = null })));
        table.Import("LSTM", (c, name) =>
        {
            var s = TfjsRecurrentSettings.Read(c);
            bool unitForgetBias = !c.Has("unit_forget_bias") || c.Bool("unit_forget_bias", false);
            return new LSTM(s.Units, s.Activation, RecurrentActivation(c), s.UseBias, s.Kernel, s.Recurrent, s.Bias, unitForgetBias, s.ReturnSequences, s.ReturnState, s.GoBackwards, name);
        });
        table.Export<GRU>(r => r.ResetAfter
            ? throw new NotSupportedException($"{Where(r)} has resetAfter true (Keras 3's default), which TensorFlow.js' GRU rejects (it implements the reset gate before the recurrent product only); create it with resetAfter: false to export it.")
            : new("GRU", RecurrentConfig(r, new() { ["recurrent_activation"] = TfjsActivations.Export(r.RecurrentActivation, Where(r)), ["implementation"] = null, ["reset_after"] = false })));
        table.Import("GRU", (c, name) =>
        {
            var s = TfjsRecurrentSettings.Read(c);
            return new GRU(s.Units, s.Activation, RecurrentActivation(c), s.UseBias, s.Kernel, s.Recurrent, s.Bias, c.Bool("reset_after", true), s.ReturnSequences, s.ReturnState, s.GoBackwards, name);
        });

        table.Export<Bidirectional>(b => new("Bidirectional", new() { ["merge_mode"] = b.MergeMode.ToString().ToLowerInvariant(), ["layer"] = Nested(b.Forward, b.Forward.Name["forward_".Length..]) }));
        table.Import("Bidirectional", (c, name) =>
        {
            Layer inner = ImportNested(c);
            string merge = c.NullableString("merge_mode") ?? throw new ArgumentException($"{c.What}: merge_mode null (two separate outputs) is not supported; Dendrite layers have one output.");
            BidirectionalMerge mode = merge switch
            {
                "concat" => BidirectionalMerge.Concat,
                "sum" => BidirectionalMerge.Sum,
                "mul" => BidirectionalMerge.Mul,
                "ave" => BidirectionalMerge.Ave,
                _ => throw new ArgumentException($"{c.What}: merge_mode must be one of concat, sum, mul, ave; received '{merge}'."),
            };
            return new Bidirectional(inner as Recurrent ?? throw new ArgumentException($"{c.What}: the wrapped layer must be a SimpleRNN, LSTM or GRU, received {inner.GetType().Name}."), mode, name);
        });
        table.WeightNames<Bidirectional>(b => [.. WeightNames(b.Forward).Concat(WeightNames(b.Backward)).Select(n => $"{b.Name}/{n}")]);

        table.Export<TimeDistributed>(t => new("TimeDistributed", new() { ["layer"] = Nested(t.Layer, t.Layer.Name) }));
        table.Import("TimeDistributed", (c, name) => new TimeDistributed(ImportNested(c), name));
        table.WeightNames<TimeDistributed>(t => [.. WeightNames(t.Layer).Select(n => $"{t.Name}/{(n.StartsWith(t.Layer.Name + "/", StringComparison.Ordinal) ? n[(t.Layer.Name.Length + 1)..] : n)}")]);
    }

    /// <summary>The settings all recurrent layers write, in tfjs' order, with the cell's own (<paramref name="cell"/>) after use_bias's block.</summary>
    private static Dictionary<string, object?> RecurrentConfig(Recurrent r, Dictionary<string, object?>? cell)
    {
        var config = new Dictionary<string, object?>
        {
            ["units"] = r.Units,
            ["activation"] = TfjsActivations.Export(r.Activation, Where(r)),
            ["use_bias"] = r.UseBias,
            ["kernel_initializer"] = TfjsObjects.ExportInitializer(r.KernelInitializer, Where(r)),
            ["recurrent_initializer"] = TfjsObjects.ExportInitializer(r.RecurrentInitializer, Where(r)),
            ["bias_initializer"] = TfjsObjects.ExportInitializer(r.BiasInitializer, Where(r)),
        };
        foreach (var (key, value) in cell ?? [])
        {
            config[key] = value;
        }

        foreach (string key in s_recurrentNulls)
        {
            config[key] = null;
        }

        config["dropout"] = 0;
        config["recurrent_dropout"] = 0;
        config["return_sequences"] = r.ReturnSequences;
        config["return_state"] = r.ReturnState;
        config["go_backwards"] = r.GoBackwards;
        config["stateful"] = false;
        config["unroll"] = false;
        return config;
    }

    private static readonly string[] s_recurrentNulls =
        ["kernel_regularizer", "recurrent_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint", "recurrent_constraint", "bias_constraint"];

    /// <summary>A wrapped layer as {class_name, config} with its name and trainable flag.</summary>
    private static Dictionary<string, object?> Nested(Layer layer, string name)
    {
        TfjsLayerConfig exported = Export(layer);
        var config = new Dictionary<string, object?> { ["name"] = name, ["trainable"] = layer.Trainable };
        foreach (var (key, value) in exported.Config)
        {
            config[key] = value;
        }

        return new() { ["class_name"] = exported.ClassName, ["config"] = config };
    }

    /// <summary>The wrapped layer of a wrapper's "layer" setting, read through the table.</summary>
    private static Layer ImportNested(ConfigReader c)
    {
        if (c.Raw("layer") is not IReadOnlyDictionary<string, object?> form || !form.TryGetValue("class_name", out object? cls) || cls is not string className
            || !form.TryGetValue("config", out object? settings) || settings is not IReadOnlyDictionary<string, object?> inner)
        {
            throw new ArgumentException($"{c.What}: the setting 'layer' must be {{class_name, config}}.");
        }

        var reader = new ConfigReader($"{c.What} wrapped {className}", inner);
        string name = reader.NullableString("name") ?? throw new ArgumentException($"{reader.What} has no name.");
        bool trainable = reader.Bool("trainable", true);
        _ = reader.Raw("dtype") is null or TfjsFormat.Float32 ? 0 : throw new ArgumentException($"{reader.What} has dtype {reader.Raw("dtype")}; Dendrite computes in float32.");
        Layer layer = Import(className, reader, name);
        layer.Trainable = trainable;
        return layer;
    }

    /// <summary>recurrent_activation, Keras' sigmoid when missing.</summary>
    private static Activation RecurrentActivation(ConfigReader c) => c.Has("recurrent_activation") ? TfjsActivations.Import(c.Raw("recurrent_activation")) : Activation.Sigmoid;

    /// <summary>Reads settings Dendrite does not have, which must be null.</summary>
    private static void Unsupported(ConfigReader c, params string[] keys)
    {
        foreach (string key in keys)
        {
            if (c.Raw(key) is { } value)
            {
                throw new ArgumentException($"{c.What}: setting '{key}' must be null, received {value}; the Dendrite layer has no such setting, and dropping it would change training after loading.");
            }
        }
    }
}
