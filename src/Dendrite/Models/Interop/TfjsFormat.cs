// The TensorFlow.js layers format, as tfjs 4.x reads and writes it (checked in tfjs-core src/io/types.ts and
// io_utils.ts getModelJSONForModelArtifacts, tfjs-layers src/engine/training.ts save() and container.ts
// getConfig/fromConfig, src/models.ts loadLayersModelFromIOHandler, and the tensorflowjs converter's
// write_weights: 4 MiB shards named group<g>-shard<i>of<n>.bin):
//   model.json   {"format": "layers-model", "generatedBy": "...", "convertedBy": null,
//                 "modelTopology": {"class_name": "Sequential" | "Functional" (tfjs itself writes "Model"),
//                                   "config": {...}, "keras_version": "...", "backend": "..."}
//                                  (the converter wraps this in {"model_config": {...}, "training_config": ...}),
//                 "weightsManifest": [{"paths": ["group1-shard1of1.bin", ...],
//                                      "weights": [{"name": "dense/kernel", "shape": [4, 8], "dtype": "float32"}, ...]}]}
//   shards       each group's weights concatenated in manifest order (little-endian, row-major), cut into
//                files of at most 4 MiB; a weight may straddle two files (the loader concatenates a group's files).
//   configs      Keras' snake_case keys and values (tfjs converts camelCase ↔ snake_case on the way in and out,
//                keeping "name" values and the layer names in inbound nodes); weight names "<layer>/<weight>".
//   Sequential   {"name", "layers": [{"class_name", "config"}...]}, the first layer's config carrying
//                "batch_input_shape": [null, ...] and "dtype" (tfjs adds an InputLayer named "<first>_input").
//   Functional   {"name", "layers": [{"name", "class_name", "config", "inbound_nodes": [[[layer, node, tensor, {kwargs}]...]...]}...],
//                 "input_layers": [[layer, node, tensor]...], "output_layers": [[layer, node, tensor]...]}
namespace Dendrite.Models.Interop;

/// <summary>The fixed names and sizes of the TensorFlow.js layers format.</summary>
internal static class TfjsFormat
{
    /// <summary>The file holding the topology and the weights manifest.</summary>
    public const string ModelFileName = "model.json";

    /// <summary>The value of "format" for a layers model (a graph model says "graph-model").</summary>
    public const string LayersModelFormat = "layers-model";

    /// <summary>The largest weight file the tensorflowjs converter writes (its --weight_shard_size_bytes default).</summary>
    public const int ShardSizeBytes = 4 * 1024 * 1024;

    /// <summary>The only weight dtype Dendrite reads and writes.</summary>
    public const string Float32 = "float32";

    /// <summary>The class name written for a functional model (Keras 2.4+ and 3; tfjs accepts it and its own "Model").</summary>
    public const string FunctionalClassName = "Functional";

    /// <summary>The name of shard <paramref name="index"/> (0-based) of <paramref name="count"/> in group 1.</summary>
    public static string ShardName(int index, int count) => $"group1-shard{index + 1}of{count}.bin";
}
