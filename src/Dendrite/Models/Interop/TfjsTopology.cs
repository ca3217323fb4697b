// TfjsTopology, writing: a model → "modelTopology" (layout in TfjsFormat.cs). Every layer config starts with the
// keys all layers have — name, trainable — followed by its converter's settings (TfjsLayers).
//   Sequential  the layers without the Input, the first carrying batch_input_shape [null, …] and dtype, as
//               tfjs writes it (a Sequential built by Build(shape) has no Input: its input shape is used).
//   functional  every layer once with its inbound nodes; a layer's nodes are renumbered 0, 1, … over the
//               applications inside this model, as Keras' node conversion map does, so a layer also applied in
//               another graph still refers to the right node.
using System.Text.Json.Nodes;
using Dendrite.Models.Saving;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

/// <summary>Describes a model's architecture as a TensorFlow.js model topology.</summary>
internal static partial class TfjsTopology
{
    /// <summary>The "modelTopology" object of <paramref name="model"/>.</summary>
    /// <exception cref="NotSupportedException">The model class, a layer or a setting cannot be exported.</exception>
    public static JsonObject Describe(Model model)
    {
        (string className, JsonObject config) = model switch
        {
            Sequential sequential => ("Sequential", DescribeSequential(sequential)),
            { GraphEnds: not null } => (TfjsFormat.FunctionalClassName, DescribeFunctional(model)),
            _ => throw new NotSupportedException($"Model '{model.Name}' is a {model.GetType().Name}; the TensorFlow.js format describes Sequential and functional (graph) models."),
        };
        return new JsonObject
        {
            ["class_name"] = className,
            ["config"] = config,
            ["keras_version"] = $"dendrite {ModelFile.LibraryVersion}",
            ["backend"] = "dendrite",
        };
    }

    private static JsonObject DescribeSequential(Sequential model)
    {
        Layer[] layers = [.. model.Layers.Where(l => l is not Input)];
        if (layers.Length == 0 || model.InputShape is not { } inputShape)
        {
            throw new NotSupportedException($"Sequential model '{model.Name}' has no layers besides its Input; TensorFlow.js needs at least one.");
        }

        var described = new JsonArray();
        for (int i = 0; i < layers.Length; i++)
        {
            Dictionary<string, object?> config = LayerConfig(layers[i], out string className);
            if (i == 0)
            {
                config["batch_input_shape"] = BatchShape(inputShape);
                config["dtype"] = TfjsFormat.Float32;
            }

            described.Add((JsonNode)new JsonObject { ["class_name"] = className, ["config"] = ConfigValues.ToJson(config, $"layer '{layers[i].Name}'") });
        }

        return new JsonObject { ["name"] = model.Name, ["layers"] = described };
    }

    private static JsonObject DescribeFunctional(Model model)
    {
        var (inputs, outputs) = model.GraphEnds!.Value;
        IReadOnlyList<SymbolicTensor> nodes = model.GraphNodes!;
        var nodeIndex = new Dictionary<SymbolicTensor, int>(ReferenceEqualityComparer.Instance);
        foreach (var byLayer in nodes.GroupBy(n => n.Layer))
        {
            int index = 0;
            foreach (SymbolicTensor node in byLayer.OrderBy(n => n.NodeIndex))
            {
                nodeIndex[node] = index++;
            }
        }

        var layers = new JsonArray();
        foreach (Layer layer in model.Layers)
        {
            JsonObject config;
            string className;
            if (layer is Input input)
            {
                className = "InputLayer";
                config = ConfigValues.ToJson(new Dictionary<string, object?>
                {
                    ["batch_input_shape"] = BatchShape(input.BatchShape),
                    ["dtype"] = TfjsFormat.Float32,
                    ["sparse"] = false,
                    ["name"] = input.Name,
                }, $"layer '{input.Name}'");
            }
            else
            {
                config = ConfigValues.ToJson(LayerConfig(layer, out className), $"layer '{layer.Name}'");
            }

            var inbound = new JsonArray();
            foreach (SymbolicTensor node in nodes.Where(n => ReferenceEquals(n.Layer, layer) && n.Inputs.Count > 0).OrderBy(n => nodeIndex[n]))
            {
                inbound.Add((JsonNode)new JsonArray([.. node.Inputs.Select(i => (JsonNode)new JsonArray(i.Layer.Name, nodeIndex[i], 0, new JsonObject()))]));
            }

            layers.Add((JsonNode)new JsonObject { ["name"] = layer.Name, ["class_name"] = className, ["config"] = config, ["inbound_nodes"] = inbound });
        }

        return new JsonObject
        {
            ["name"] = model.Name,
            ["layers"] = layers,
            ["input_layers"] = new JsonArray([.. inputs.Select(i => (JsonNode)new JsonArray(i.Layer.Name, nodeIndex.GetValueOrDefault(i), 0))]),
            ["output_layers"] = new JsonArray([.. outputs.Select(o => (JsonNode)new JsonArray(o.Layer.Name, nodeIndex[o], 0))]),
        };
    }

    /// <summary>name, trainable, then the converter's settings.</summary>
    private static Dictionary<string, object?> LayerConfig(Layer layer, out string className)
    {
        TfjsLayerConfig exported = TfjsLayers.Export(layer);
        className = exported.ClassName;
        var config = new Dictionary<string, object?> { ["name"] = layer.Name, ["trainable"] = layer.Trainable };
        foreach (var (key, value) in exported.Config)
        {
            config[key] = value;
        }

        return config;
    }

    /// <summary>[null, d1, …]: the batch axis unknown.</summary>
    private static object?[] BatchShape(Shape shape) => [null, .. shape.ToArray().Skip(1).Select(d => d < 0 ? null : (object?)d)];
}
