// TfjsTopology, reading: "modelTopology" → a Dendrite model (layout in TfjsFormat.cs).
//   every layer   name, trainable, dtype (float32 only) and batch_input_shape (or Keras 3's batch_shape) are read
//                 here; the rest by the layer's converter (TfjsLayers), which rejects settings it does not know.
//   Sequential    an InputLayer first, or batch_input_shape on the first layer (then the Input is named
//                 "<first>_input", as tfjs names the one it adds).
//   functional    class "Model" (tfjs) or "Functional" (Keras); nodes are applied in passes over the layer list,
//                 each layer's nodes in order, as tfjs' Container.fromConfig does, so a node whose inputs come
//                 from a later layer waits for them; a pass that applies nothing means a dangling reference.
using System.Text.Json.Nodes;
using Dendrite.Models.Saving;
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

internal static partial class TfjsTopology
{
    /// <summary>The model <paramref name="topology"/> describes, with initial weights.</summary>
    public static Model Read(string path, JsonObject topology)
    {
        string className = topology["class_name"]?.GetValue<string>() ?? throw new ModelFileException(path, "modelTopology has no 'class_name'");
        JsonObject config = topology["config"] as JsonObject ?? throw new ModelFileException(path, $"modelTopology ({className}) has no 'config' object");
        JsonArray layers = config["layers"] as JsonArray ?? throw new ModelFileException(path, $"the {className} config has no 'layers' array");
        string? name = config["name"]?.GetValue<string>();
        return className switch
        {
            "Sequential" => ReadSequential(path, name, layers),
            "Model" or "Functional" => ReadFunctional(path, name, layers, config),
            _ => throw new ModelFileException(path, $"modelTopology has class '{className}'; Dendrite loads Sequential, Model and Functional"),
        };
    }

    private static Sequential ReadSequential(string path, string? name, JsonArray entries)
    {
        var layers = new List<Layer>();
        for (int i = 0; i < entries.Count; i++)
        {
            (Layer layer, Shape? batchShape) = ReadLayer(path, entries[i], i);
            if (i == 0 && layer is not Input)
            {
                Shape shape = batchShape ?? throw new ModelFileException(path, $"the first layer '{layer.Name}' of the Sequential model has no batch_input_shape, so its input shape is unknown");
                layers.Add(new Input(shape.WithoutBatch(), $"{layer.Name}_input"));
            }

            layers.Add(layer);
        }

        if (layers.Count == 0)
        {
            throw new ModelFileException(path, "the Sequential model has no layers");
        }

        return new Sequential(layers, name);
    }

    private static Model ReadFunctional(string path, string? name, JsonArray entries, JsonObject config)
    {
        var layers = new List<(Layer Layer, Queue<JsonArray> Nodes)>();
        var byName = new Dictionary<string, Layer>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            (Layer layer, _) = ReadLayer(path, entries[i], i);
            if (!byName.TryAdd(layer.Name, layer))
            {
                throw new ModelFileException(path, $"two layers are named '{layer.Name}'");
            }

            var nodes = entries[i]!["inbound_nodes"] as JsonArray ?? [];
            layers.Add((layer, new Queue<JsonArray>(nodes.Select(n => n as JsonArray ?? throw new ModelFileException(path, $"layer '{layer.Name}' has an inbound node that is not a list (Keras 3's node format is not supported)")))));
        }

        var produced = new Dictionary<(string, int), SymbolicTensor>();
        var applied = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Input input in byName.Values.OfType<Input>())
        {
            produced[(input.Name, 0)] = input.Output;
            applied[input.Name] = 1;
        }

        for (bool progress = true; progress && layers.Any(l => l.Nodes.Count > 0);)
        {
            progress = false;
            foreach (var (layer, nodes) in layers)
            {
                while (nodes.Count > 0 && Inputs(path, layer, nodes.Peek(), produced) is { } inputs)
                {
                    nodes.Dequeue();
                    int index = applied.GetValueOrDefault(layer.Name);
                    produced[(layer.Name, index)] = inputs.Length == 1 ? layer.Apply(inputs[0]) : layer.Apply(inputs);
                    applied[layer.Name] = index + 1;
                    progress = true;
                }
            }
        }

        if (layers.FirstOrDefault(l => l.Nodes.Count > 0) is { Layer: { } stuck })
        {
            throw new ModelFileException(path, $"layer '{stuck.Name}' has an inbound node whose inputs no layer produces");
        }

        return new Model(Ends(path, config, "input_layers", produced), Ends(path, config, "output_layers", produced), name);
    }

    /// <summary>The symbolic inputs of one inbound node, or null while one of them is not produced yet.</summary>
    private static SymbolicTensor[]? Inputs(string path, Layer layer, JsonArray node, Dictionary<(string, int), SymbolicTensor> produced)
    {
        var inputs = new SymbolicTensor[node.Count];
        for (int i = 0; i < node.Count; i++)
        {
            if (node[i] is not JsonArray { Count: 3 or 4 } reference)
            {
                throw new ModelFileException(path, $"layer '{layer.Name}' has a malformed inbound node; expected [layer, node, tensor, kwargs]");
            }

            if (reference.Count == 4 && reference[3] is JsonObject { Count: > 0 } kwargs)
            {
                throw new ModelFileException(path, $"layer '{layer.Name}' is called with arguments {kwargs.ToJsonString()}, which Dendrite does not support");
            }

            if (!produced.TryGetValue(Reference(path, reference, $"layer '{layer.Name}'"), out SymbolicTensor? input))
            {
                return null;
            }

            inputs[i] = input;
        }

        return inputs;
    }

    private static List<SymbolicTensor> Ends(string path, JsonObject config, string key, Dictionary<(string, int), SymbolicTensor> produced)
    {
        JsonArray ends = config[key] as JsonArray ?? throw new ModelFileException(path, $"the functional config has no '{key}' array");
        return [.. ends.Select(e => e is JsonArray reference && produced.TryGetValue(Reference(path, reference, key), out SymbolicTensor? t) ? t
            : throw new ModelFileException(path, $"{key} refers to {e?.ToJsonString()}, which no layer produces"))];
    }

    /// <summary>(layer, node) of a [layer, node, tensor, …] reference; the tensor index must be 0 (every Dendrite layer has one output).</summary>
    private static (string, int) Reference(string path, JsonArray reference, string where)
    {
        if (reference.Count < 3 || reference[0]?.GetValue<string>() is not { } layer || reference[1] is null || reference[2] is null)
        {
            throw new ModelFileException(path, $"{where} has a malformed reference {reference.ToJsonString()}");
        }

        int tensor = reference[2]!.GetValue<int>();
        return tensor == 0 ? (layer, reference[1]!.GetValue<int>())
            : throw new ModelFileException(path, $"{where} uses output {tensor} of layer '{layer}'; Dendrite layers have one output");
    }

    /// <summary>Creates the layer of one {class_name, config} entry and returns it with its batch_input_shape, if any.</summary>
    private static (Layer Layer, Shape? BatchShape) ReadLayer(string path, JsonNode? entry, int index)
    {
        string className = entry?["class_name"]?.GetValue<string>() ?? throw new ModelFileException(path, $"layer {index} has no 'class_name'");
        JsonObject json = entry["config"] as JsonObject ?? throw new ModelFileException(path, $"layer {index} ({className}) has no 'config' object");
        var config = new ConfigReader($"layer {index} ({className} '{json["name"]}')", ConfigValues.FromJson(json));
        try
        {
            string name = config.NullableString("name") ?? throw new ArgumentException($"{config.What} has no name.");
            bool trainable = config.Bool("trainable", true);
            if (config.Raw("dtype") is not (null or TfjsFormat.Float32) and var dtype)
            {
                throw new ArgumentException($"{config.What} has dtype {dtype}; Dendrite computes in float32.");
            }

            Shape? batchShape = BatchShape(config, "batch_input_shape") ?? BatchShape(config, "batch_shape");
            Layer layer;
            if (className == "InputLayer")
            {
                if (config.Raw("sparse") is true || config.Raw("ragged") is true)
                {
                    throw new ArgumentException($"{config.What} is sparse or ragged; Dendrite inputs are dense.");
                }

                layer = new Input((batchShape ?? throw new ArgumentException($"{config.What} has no batch_input_shape.")).WithoutBatch(), name);
                config.EnsureAllRead();
            }
            else
            {
                layer = TfjsLayers.Import(className, config, name);
            }

            layer.Trainable = trainable;
            return (layer, batchShape);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileException(path, $"{config.What} cannot be imported: {e.Message}", e);
        }
    }

    /// <summary>[null, d1, …] as a shape with batch axis -1; other unknown dimensions are errors.</summary>
    private static Shape? BatchShape(ConfigReader config, string key) => config.Raw(key) switch
    {
        null => (Shape?)null,
        object?[] dims when dims.Length >= 1 && dims.Skip(1).All(d => d is int n && n >= 1) => new Shape([-1, .. dims.Skip(1).Cast<int>()]),
        var other => throw new ArgumentException($"{config.What} setting '{key}' must be [null, d1, …] with known dimensions ≥ 1, received {(other is object?[] items ? $"[{string.Join(", ", items.Select(d => d ?? "null"))}]" : other)}."),
    };
}
