// TfjsWeights: the weights manifest and its shard files (layout in TfjsFormat.cs).
// Write: every weight as little-endian float32 in the given order, one group cut into 4 MiB files.
// Read: each group's files concatenated, then sliced weight by weight in manifest order (as tfjs'
// weights_loader does); a missing file, a group whose files hold more or fewer bytes than its weights need,
// a dtype other than float32 and quantized weights are errors naming the file or weight. Weights of the
// "optimizer" group (tfjs' save with includeOptimizer) are skipped: Dendrite restores no tfjs optimizer.
using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Dendrite.Models.Saving;
using Dendrite.Tensors;

namespace Dendrite.Models.Interop;

/// <summary>Writes and reads the weight shards of the TensorFlow.js layers format.</summary>
internal static class TfjsWeights
{
    /// <summary>Writes the shards into <paramref name="directory"/> and returns the weights manifest.</summary>
    public static JsonArray Write(string directory, IReadOnlyList<KeyValuePair<string, Tensor>> weights)
    {
        long total = weights.Sum(w => (long)w.Value.Size * sizeof(float));
        var bytes = new byte[total];
        long offset = 0;
        var specs = new JsonArray();
        foreach (var (name, value) in weights)
        {
            foreach (float f in value.ToArray())
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan((int)offset), f);
                offset += sizeof(float);
            }

            specs.Add((JsonNode)new JsonObject
            {
                ["name"] = name,
                ["shape"] = new JsonArray([.. value.Shape.ToArray().Select(d => (JsonNode)d)]),
                ["dtype"] = TfjsFormat.Float32,
            });
        }

        int count = Math.Max(1, (int)((total + TfjsFormat.ShardSizeBytes - 1) / TfjsFormat.ShardSizeBytes));
        var paths = new JsonArray();
        for (int i = 0; i < count; i++)
        {
            string shard = TfjsFormat.ShardName(i, count);
            int start = i * TfjsFormat.ShardSizeBytes;
            File.WriteAllBytes(Path.Combine(directory, shard), bytes.AsSpan(start, (int)Math.Min(TfjsFormat.ShardSizeBytes, total - start)).ToArray());
            paths.Add((JsonNode)shard);
        }

        return [new JsonObject { ["paths"] = paths, ["weights"] = specs }];
    }

    /// <summary>Reads every weight the manifest lists, by name.</summary>
    /// <param name="modelPath">model.json, for messages; shard paths are relative to its folder.</param>
    /// <param name="manifest">The "weightsManifest" value.</param>
    /// <exception cref="ModelFileException">A file is missing or of the wrong size, a weight is not float32, or the manifest is malformed.</exception>
    public static Dictionary<string, Tensor> Read(string modelPath, JsonNode? manifest)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(modelPath))!;
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        if (manifest is null)
        {
            return weights;
        }

        if (manifest is not JsonArray groups)
        {
            throw new ModelFileException(modelPath, "'weightsManifest' must be an array of {paths, weights} groups");
        }

        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g] is not JsonObject { } group || group["paths"] is not JsonArray paths || group["weights"] is not JsonArray specs)
            {
                throw new ModelFileException(modelPath, $"weightsManifest group {g + 1} needs 'paths' and 'weights' arrays");
            }

            var data = new List<byte>();
            var files = new List<string>();
            foreach (JsonNode? p in paths)
            {
                string file = p?.GetValue<string>() ?? throw new ModelFileException(modelPath, $"weightsManifest group {g + 1} has a null path");
                string full = Path.Combine(folder, file);
                if (!File.Exists(full))
                {
                    throw new ModelFileException(modelPath, $"weight file '{file}' listed in weightsManifest group {g + 1} is missing from {folder}");
                }

                data.AddRange(File.ReadAllBytes(full));
                files.Add($"{file} ({new FileInfo(full).Length} bytes)");
            }

            long needed = 0;
            var parsed = new List<(string Name, Shape Shape, bool Skip)>();
            foreach (JsonNode? s in specs)
            {
                var spec = Spec(modelPath, g, s);
                parsed.Add(spec);
                needed += (long)spec.Shape.Size * sizeof(float);
            }

            if (needed != data.Count)
            {
                throw new ModelFileException(modelPath, $"the weight files of group {g + 1} ({string.Join(", ", files)}) hold {data.Count} bytes in all; its {parsed.Count} float32 weights need {needed} bytes");
            }

            byte[] bytes = [.. data];
            int offset = 0;
            foreach (var (name, shape, skip) in parsed)
            {
                var values = new float[shape.Size];
                for (int i = 0; i < values.Length; i++, offset += sizeof(float))
                {
                    values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(offset));
                }

                if (!skip && !weights.TryAdd(name, new Tensor(values, shape)))
                {
                    throw new ModelFileException(modelPath, $"weightsManifest lists weight '{name}' twice");
                }
            }
        }

        return weights;
    }

    private static (string Name, Shape Shape, bool Skip) Spec(string modelPath, int group, JsonNode? node)
    {
        if (node is not JsonObject spec || spec["name"]?.GetValue<string>() is not { } name || spec["shape"] is not JsonArray shape)
        {
            throw new ModelFileException(modelPath, $"weightsManifest group {group + 1} has a weight without 'name' and 'shape'");
        }

        string dtype = spec["dtype"]?.GetValue<string>() ?? "(none)";
        if (dtype != TfjsFormat.Float32)
        {
            throw new ModelFileException(modelPath, $"weight '{name}' has dtype {dtype}; Dendrite reads float32 weights only");
        }

        if (spec["quantization"] is not null)
        {
            throw new ModelFileException(modelPath, $"weight '{name}' is quantized; Dendrite reads unquantized float32 weights only (convert without --quantize_*)");
        }

        int[] dims = [.. shape.Select(d => d is JsonValue v && v.TryGetValue(out int n) && n >= 0 ? n
            : throw new ModelFileException(modelPath, $"weight '{name}' has shape {shape.ToJsonString()}; expected non-negative integers"))];
        return (name, new Shape(dims), spec["group"]?.GetValue<string>() == "optimizer");
    }
}
