// The JSON documents of a .dendrite file, as plain types serialized by a source-generated
// JsonSerializerContext (no reflection: trimming- and AOT-safe). Property names are snake_case, as Keras'.
//   config.json           {"class_name": "Sequential", "config": {…class-specific…}, "compile_config": {…} | null}
//                         The model's "config" is a free JSON object read by the class named in "class_name",
//                         so another model class (a functional graph) adds a class name, not a format change.
//   Sequential's config   {"name", "seed", "build_input_shape": [null, 4] | null, "layers": [{"class_name", "config"}…]}
//   Model's config        {"name", "seed", "layers": [{"class_name", "config"}…] (every layer once, inputs first),
//                          "nodes": [{"layer", "inputs": [["layer", node]…]}…] (each application, in execution order),
//                          "inputs": [["layer", 0]…], "outputs": [["layer", node]…]}
//   compile_config        {"optimizer": {"class_name", "config"}, "loss": {"class_name", "config"}, "metrics": ["accuracy", …],
//                          and for several outputs "output_losses": {output: {"class_name", "config"}},
//                          "loss_weights": {output: w}, "output_metrics": {output: [names]}}
//   training_state.json   optimizer iterations, every random generator's state (the model's, then each layer's
//                         in layer order), and the epoch to resume at
//   metadata.json         format name and version, library version, creation time (UTC), SHA-256 of every other entry
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Dendrite.Models.Saving;

/// <summary>config.json: the model class, its architecture, and how it was compiled.</summary>
internal sealed class ModelConfigJson
{
    public required string ClassName { get; init; }

    public required JsonObject Config { get; init; }

    public CompileConfigJson? CompileConfig { get; init; }
}

/// <summary>A registry object (layer, optimizer, loss): its class name and settings.</summary>
internal sealed class ClassConfigJson
{
    public required string ClassName { get; init; }

    public required JsonObject Config { get; init; }
}

/// <summary>The "config" of a Sequential model.</summary>
internal sealed class SequentialConfigJson
{
    public required string Name { get; init; }

    public required int Seed { get; init; }

    public int?[]? BuildInputShape { get; init; }

    public required List<ClassConfigJson> Layers { get; init; }
}

/// <summary>The "config" of a functional Model: its layers, the graph's nodes in execution order, inputs and outputs.</summary>
internal sealed class FunctionalConfigJson
{
    public required string Name { get; init; }

    public required int Seed { get; init; }

    public required List<ClassConfigJson> Layers { get; init; }

    public required List<NodeConfigJson> Nodes { get; init; }

    /// <summary>Each input as [layer name, node index].</summary>
    public required List<List<JsonNode>> Inputs { get; init; }

    /// <summary>Each output as [layer name, node index].</summary>
    public required List<List<JsonNode>> Outputs { get; init; }
}

/// <summary>One application of a layer in a functional graph: the layer's name and its inputs as [layer name, node index].</summary>
internal sealed class NodeConfigJson
{
    public required string Layer { get; init; }

    public required List<List<JsonNode>> Inputs { get; init; }
}

/// <summary>The arguments Compile was called with.</summary>
internal sealed class CompileConfigJson
{
    public required ClassConfigJson Optimizer { get; init; }

    public required ClassConfigJson Loss { get; init; }

    public required List<string> Metrics { get; init; }

    /// <summary>For a model with several outputs: each output's loss.</summary>
    public Dictionary<string, ClassConfigJson>? OutputLosses { get; init; }

    /// <summary>For a model with several outputs: each output's loss weight.</summary>
    public Dictionary<string, double>? LossWeights { get; init; }

    /// <summary>For a model with several outputs: each output's metric names.</summary>
    public Dictionary<string, List<string>>? OutputMetrics { get; init; }
}

/// <summary>training_state.json: what training needs beyond weights and optimizer slots to resume exactly.</summary>
internal sealed class TrainingStateJson
{
    public required long OptimizerIterations { get; init; }

    public int? Epoch { get; init; }

    public required RandomStateJson ModelRandom { get; init; }

    /// <summary>For each layer in order, its generators' states by name (e.g. "random"); empty for layers without one.</summary>
    public required List<Dictionary<string, RandomStateJson>> LayerRandoms { get; init; }
}

/// <summary>A random generator's state: the four xoshiro256** words in hex, and the kept normal value.</summary>
internal sealed class RandomStateJson
{
    public required string[] Words { get; init; }

    public double? SpareNormal { get; init; }
}

/// <summary>metadata.json: what the file is, who wrote it, when, and the SHA-256 of every other entry.</summary>
internal sealed class MetadataJson
{
    public required string Format { get; init; }

    public required int FormatVersion { get; init; }

    public required string LibraryVersion { get; init; }

    public required string CreatedUtc { get; init; }

    public required Dictionary<string, string> Sha256 { get; init; }
}

/// <summary>The source-generated serializers of the model file's JSON documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ModelConfigJson))]
[JsonSerializable(typeof(SequentialConfigJson))]
[JsonSerializable(typeof(FunctionalConfigJson))]
[JsonSerializable(typeof(TrainingStateJson))]
[JsonSerializable(typeof(MetadataJson))]
internal sealed partial class ModelFileJsonContext : JsonSerializerContext;
