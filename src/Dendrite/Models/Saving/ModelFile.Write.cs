// ModelFile, writing: each entry is serialized to bytes first (so its SHA-256 is known), then the zip is
// written in one go through WriteAtomically. metadata.json comes last and lists every other entry's hash.
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
    /// <summary>Saves architecture, weights, compile settings, optimizer and random state to <paramref name="path"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">The .dendrite file, replaced atomically.</param>
    /// <param name="epoch">The epoch training resumes at (BackupAndRestore); default null.</param>
    public static void Save(Model model, string path, int? epoch = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entries = new List<KeyValuePair<string, byte[]>>
        {
            new(ConfigEntry, JsonSerializer.SerializeToUtf8Bytes(DescribeModel(model), ModelFileJsonContext.Default.ModelConfigJson)),
            new(WeightsEntry, WeightsBytes(model)),
        };
        if (model.Optimizer is { } optimizer)
        {
            entries.Add(new(OptimizerEntry, SafeTensors.Write([.. optimizer.GetState()])));
        }

        entries.Add(new(StateEntry, JsonSerializer.SerializeToUtf8Bytes(DescribeState(model, epoch), ModelFileJsonContext.Default.TrainingStateJson)));
        entries.AddRange(model.Attachments.Raw.Select(a => new KeyValuePair<string, byte[]>(AttachmentPrefix + a.Key, a.Value)));
        var metadata = new MetadataJson
        {
            Format = Format,
            FormatVersion = FormatVersion,
            LibraryVersion = LibraryVersion,
            CreatedUtc = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            Sha256 = entries.ToDictionary(e => e.Key, e => Convert.ToHexStringLower(SHA256.HashData(e.Value)), StringComparer.Ordinal),
        };
        entries.Add(new(MetadataEntry, JsonSerializer.SerializeToUtf8Bytes(metadata, ModelFileJsonContext.Default.MetadataJson)));
        WriteAtomically(path, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (name, bytes) in entries)
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(bytes);
            }
        });
    }

    /// <summary>Saves only the weights, as a safetensors file.</summary>
    /// <param name="model">The model.</param>
    /// <param name="path">The .safetensors file, replaced atomically.</param>
    public static void SaveWeights(Model model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        byte[] bytes = WeightsBytes(model);
        WriteAtomically(path, stream => stream.Write(bytes));
    }

    private static byte[] WeightsBytes(Model model)
    {
        IReadOnlyList<Variable> weights = model.Weights;
        string? duplicate = weights.GroupBy(w => w.Name).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Model '{model.Name}' has two weights named '{duplicate}'; weight names must be unique to be saved.");
        }

        return SafeTensors.Write(
            [.. weights.Select(w => new KeyValuePair<string, Tensor>(w.Name, w.Value))],
            new Dictionary<string, string> { ["format"] = "dendrite", ["model"] = model.Name });
    }

    private static TrainingStateJson DescribeState(Model model, int? epoch) => new()
    {
        OptimizerIterations = model.Optimizer?.Iterations ?? 0,
        Epoch = epoch,
        ModelRandom = Describe(model.Random.GetState()),
        LayerRandoms = [.. model.Layers.Select(l => l.GetRandomGenerators().ToDictionary(g => g.Key, g => Describe(g.Value.GetState()), StringComparer.Ordinal))],
    };

    private static RandomStateJson Describe(RandomGeneratorState state) => new()
    {
        Words = [.. new[] { state.S0, state.S1, state.S2, state.S3 }.Select(w => w.ToString("x16", CultureInfo.InvariantCulture))],
        SpareNormal = state.SpareNormal,
    };
}
