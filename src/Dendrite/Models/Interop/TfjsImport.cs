// TfjsImport: a TensorFlow.js layers-format folder → an uncompiled Dendrite model (layout in TfjsFormat.cs).
// Reads model.json (unwrapping the converter's {"model_config": …}), rebuilds the architecture through the
// converter table (TfjsTopology.Read.cs), reads the shards (TfjsWeights), then sets every weight by its tfjs
// name (TfjsLayers.WeightNames):
// a weight the model has and the manifest lacks, a manifest weight no layer has, or a shape that differs is
// an error naming it, so a model never loads with weights left at their initial values.
using System.Text.Json;
using System.Text.Json.Nodes;
using Dendrite.Autodiff;
using Dendrite.Models.Saving;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

/// <summary>Reads a model in the TensorFlow.js layers format.</summary>
internal static class TfjsImport
{
    /// <summary>Loads the model in <paramref name="directory"/> (or the model.json at that path).</summary>
    public static Model Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string path = Directory.Exists(directory) ? Path.Combine(directory, TfjsFormat.ModelFileName) : directory;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No TensorFlow.js {TfjsFormat.ModelFileName} at '{path}'.", path);
        }

        try
        {
            JsonObject root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new ModelFileException(path, "the file is not a JSON object");
            if (root["format"]?.GetValue<string>() is { } format && format != TfjsFormat.LayersModelFormat)
            {
                throw new ModelFileException(path, $"its format is '{format}'; Dendrite loads '{TfjsFormat.LayersModelFormat}' (a graph model has no Keras layers to rebuild)");
            }

            JsonObject topology = root["modelTopology"] as JsonObject
                ?? throw new ModelFileException(path, "it has no 'modelTopology' object");
            if (topology["model_config"] is JsonObject wrapped)
            {
                topology = wrapped;
            }

            Model model = TfjsTopology.Read(path, topology);
            SetWeights(path, model, TfjsWeights.Read(path, root["weightsManifest"]));
            return model;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException or InvalidCastException)
        {
            throw new ModelFileException(path, e.Message, e);
        }
    }

    private static void SetWeights(string path, Model model, Dictionary<string, Tensor> stored)
    {
        var names = new Dictionary<Variable, string>(ReferenceEqualityComparer.Instance);
        foreach (Layer layer in model.Layers)
        {
            foreach (var (weight, name) in layer.Weights.Zip(TfjsLayers.WeightNames(layer)))
            {
                names[weight] = name;
            }
        }

        var values = new List<Tensor>();
        foreach (var weight in model.Weights)
        {
            string name = names[weight];
            if (!stored.Remove(name, out Tensor? value))
            {
                throw new ModelFileException(path, $"weight '{name}' {weight.Shape} of the model is not in the weightsManifest");
            }

            if (value.Shape != weight.Shape)
            {
                throw new ModelFileException(path, $"weight '{name}' has shape {value.Shape} in the weightsManifest; the layer built from the config needs {weight.Shape}");
            }

            values.Add(value);
        }

        if (stored.Count > 0)
        {
            throw new ModelFileException(path, $"the weightsManifest has weight '{stored.Keys.First()}', which no layer of the model has (layers: {string.Join(", ", model.Layers.Where(l => l is not Input).Select(l => l.Name))})");
        }

        model.SetWeights(values);
    }
}
