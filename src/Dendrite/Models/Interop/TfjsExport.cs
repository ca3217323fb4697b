// TfjsExport: a built model → a TensorFlow.js layers-format folder (layout in TfjsFormat.cs).
// The topology and every layer config are described first, so an unsupported layer or setting fails before
// any file is written; then the weight shards, then model.json through a temporary file renamed over the old
// one, so a model.json that exists always describes complete shards. Weights are written under their tfjs
// names (TfjsLayers.WeightNames: "<layer>/<weight>", wrappers' inner weights scoped as tfjs scopes them) in
// layer order; Input layers have none.
using System.Text.Json;
using System.Text.Json.Nodes;
using Dendrite.Models.Saving;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

/// <summary>Writes a model in the TensorFlow.js layers format.</summary>
internal static class TfjsExport
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>Writes model.json and the weight shards of <paramref name="model"/> into <paramref name="directory"/>.</summary>
    public static void Save(Model model, string directory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!model.Built)
        {
            throw new InvalidOperationException($"Model '{model.Name}' is not built, so its weights do not exist yet: give it an Input layer, call Build(shape), or train it before SaveTfjs.");
        }

        JsonObject topology = TfjsTopology.Describe(model);
        List<KeyValuePair<string, Tensor>> weights = [.. model.Layers.Where(l => l is not Input).SelectMany(l => TfjsLayers.WeightNames(l).Zip(l.Weights, (name, w) => KeyValuePair.Create(name, w.Value)))];
        Directory.CreateDirectory(directory);
        JsonArray manifest = TfjsWeights.Write(directory, weights);
        var json = new JsonObject
        {
            ["format"] = TfjsFormat.LayersModelFormat,
            ["generatedBy"] = $"Dendrite {ModelFile.LibraryVersion}",
            ["convertedBy"] = null,
            ["modelTopology"] = topology,
            ["weightsManifest"] = manifest,
        };
        string target = Path.Combine(directory, TfjsFormat.ModelFileName);
        string temporary = target + ".tmp";
        File.WriteAllText(temporary, json.ToJsonString(s_indented));
        File.Move(temporary, target, overwrite: true);
    }
}
