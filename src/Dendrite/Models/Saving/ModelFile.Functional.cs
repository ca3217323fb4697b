// ModelFile, functional models: a graph ↔ its description. Every layer is written once (inputs first, then
// in execution order); the graph is the list of nodes — each application of a layer, with its inputs as
// [layer name, node index] — in execution order, so replaying the list with Layer.Apply rebuilds the same
// graph, shared layers included. The rebuilt Model draws fresh weights from the seed; the weights entry
// then restores the saved ones.
using System.Text.Json;
using System.Text.Json.Nodes;
using Dendrite.Nn.Layers;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
    /// <summary>The class name a functional model is written under (Keras 3's).</summary>
    private const string FunctionalClassName = "Functional";

    private static FunctionalConfigJson DescribeFunctional(Model model)
    {
        var (inputs, outputs) = model.GraphEnds!.Value;
        return new FunctionalConfigJson
        {
            Name = model.Name,
            Seed = model.Seed,
            Layers = [.. model.Layers.Select(l => new ClassConfigJson { ClassName = LayerRegistry.ClassName(l), Config = ConfigValues.ToJson(l.GetConfig(), $"layer '{l.Name}'") })],
            Nodes = [.. model.GraphNodes!.Where(n => n.Inputs.Count > 0).Select(n => new NodeConfigJson { Layer = n.Layer.Name, Inputs = [.. n.Inputs.Select(Reference)] })],
            Inputs = [.. inputs.Select(Reference)],
            Outputs = [.. outputs.Select(Reference)],
        };

        static List<JsonNode> Reference(SymbolicTensor t) => [JsonValue.Create(t.Layer.Name), JsonValue.Create(t.NodeIndex)];
    }

    private static Model BuildFunctional(string path, JsonObject json)
    {
        FunctionalConfigJson config;
        try
        {
            config = JsonSerializer.Deserialize(json, ModelFileJsonContext.Default.FunctionalConfigJson)
                ?? throw new ModelFileException(path, $"{ConfigEntry} has a null {FunctionalClassName} config");
        }
        catch (JsonException e)
        {
            throw new ModelFileException(path, $"{ConfigEntry} has an invalid {FunctionalClassName} config: {e.Message}", e);
        }

        var layers = new Dictionary<string, Layer>(StringComparer.Ordinal);
        for (int i = 0; i < config.Layers.Count; i++)
        {
            ClassConfigJson layer = config.Layers[i];
            try
            {
                Layer created = LayerRegistry.FromConfig(layer.ClassName, ConfigValues.FromJson(layer.Config));
                if (!layers.TryAdd(created.Name, created))
                {
                    throw new ModelFileException(path, $"{ConfigEntry} names two layers '{created.Name}'");
                }
            }
            catch (ArgumentException e)
            {
                throw new ModelFileException(path, $"{ConfigEntry} layer {i} ({layer.ClassName}) cannot be created: {e.Message}", e);
            }
        }

        try
        {
            var nodes = new Dictionary<(string, int), SymbolicTensor>();
            foreach (Input input in layers.Values.OfType<Input>())
            {
                nodes[(input.Name, 0)] = input.Output;
            }

            for (int i = 0; i < config.Nodes.Count; i++)
            {
                NodeConfigJson node = config.Nodes[i];
                Layer layer = layers.TryGetValue(node.Layer, out Layer? found) ? found : throw new ModelFileException(path, $"{ConfigEntry} node {i} applies unknown layer '{node.Layer}'");
                SymbolicTensor[] inputs = [.. node.Inputs.Select(r => Resolve(r, $"node {i}"))];
                SymbolicTensor output = layer.Apply(inputs);
                nodes[(layer.Name, output.NodeIndex)] = output;
            }

            return new Model([.. config.Inputs.Select(r => Resolve(r, "inputs"))], [.. config.Outputs.Select(r => Resolve(r, "outputs"))], config.Name, config.Seed);

            SymbolicTensor Resolve(List<JsonNode> reference, string where)
            {
                if (reference is not [JsonValue name, JsonValue index] || !name.TryGetValue(out string? layerName) || !index.TryGetValue(out int nodeIndex))
                {
                    throw new ModelFileException(path, $"{ConfigEntry} {where} has a malformed reference; expected [layer name, node index]");
                }

                return nodes.TryGetValue((layerName, nodeIndex), out SymbolicTensor? t) ? t
                    : throw new ModelFileException(path, $"{ConfigEntry} {where} refers to {layerName}[{nodeIndex}], which no earlier node produced");
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ModelFileException(path, $"{ConfigEntry} describes a {FunctionalClassName} model that cannot be built: {e.Message}", e);
        }
    }
}
