// ModelFile, reading: every check a damaged or foreign file can fail, in order, each with its own message:
//   not a zip (foreign) → no end-of-central-directory record (truncated) → zip structure unreadable
//   (corrupted) → no metadata.json (a zip, but not ours) → metadata.json unreadable or another format
//   (foreign) → a newer format version (newer) → a listed entry missing or failing its SHA-256 (corrupted)
//   → an entry that does not parse, or a model the config cannot build, or weights that do not fit.
// Whatever the zip library throws on a damaged archive becomes a ModelFileException with it as the inner
// exception: every failure leaves as a ModelFileException naming the file and the problem.
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
    private const int EndOfCentralDirectorySize = 22;

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <param name="path">The .dendrite file.</param>
    /// <param name="compile">Whether to compile it as saved and restore the optimizer state.</param>
    public static Model Load(string path, bool compile)
    {
        Dictionary<string, byte[]> entries = ReadArchive(path);
        ModelConfigJson config = ParseJson(path, entries, ConfigEntry, ModelFileJsonContext.Default.ModelConfigJson);
        TrainingStateJson state = ParseJson(path, entries, StateEntry, ModelFileJsonContext.Default.TrainingStateJson);
        Model model = BuildModel(path, config, compile);
        Dictionary<string, Dendrite.Autodiff.Variable> variables = ApplyWeights(path, WeightsEntry, model, ReadSafeTensors(path, entries, WeightsEntry));
        ApplyTrainingState(path, entries, model, state, variables, restoreOptimizer: compile);
        return model;
    }

    /// <summary>Restores weights, optimizer and random state from <paramref name="path"/> into <paramref name="model"/> (same architecture).</summary>
    /// <param name="model">The model to restore into.</param>
    /// <param name="path">A .dendrite file saved from a model of the same architecture.</param>
    /// <returns>The epoch recorded in the file (by BackupAndRestore), or null.</returns>
    public static int? Restore(Model model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        Dictionary<string, byte[]> entries = ReadArchive(path);
        ModelConfigJson config = ParseJson(path, entries, ConfigEntry, ModelFileJsonContext.Default.ModelConfigJson);
        TrainingStateJson state = ParseJson(path, entries, StateEntry, ModelFileJsonContext.Default.TrainingStateJson);
        Dictionary<string, Dendrite.Autodiff.Variable> variables = ApplyWeights(path, WeightsEntry, model, ReadSafeTensors(path, entries, WeightsEntry));
        ApplyTrainingState(path, entries, model, state, variables, restoreOptimizer: true);
        RestoreLearningRate(path, model, config.CompileConfig);
        return state.Epoch;
    }

    /// <summary>Loads weights from a safetensors file (or from a .dendrite file's weights) into <paramref name="model"/>.</summary>
    /// <param name="model">The model, built with the same weights.</param>
    /// <param name="path">The file.</param>
    public static void LoadWeights(Model model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        byte[] file = File.ReadAllBytes(path);
        if (file.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            ApplyWeights(path, WeightsEntry, model, ReadSafeTensors(path, ReadArchive(path), WeightsEntry));
            return;
        }

        try
        {
            ApplyWeights(path, "the weights", model, SafeTensors.Read(file).Tensors);
        }
        catch (FormatException e)
        {
            throw new ModelFileException(path, $"it is not a safetensors weights file: {e.Message}", e);
        }
    }

    private static Dictionary<string, byte[]> ReadArchive(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        if (!file.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            throw new ModelFileException(path, file.Length == 0 ? "the file is empty" : "it is not a Dendrite model file (not a zip archive)");
        }

        if (!HasEndOfCentralDirectory(file))
        {
            throw new ModelFileException(path, "it is truncated: the zip archive's end-of-central-directory record is missing");
        }

        Dictionary<string, byte[]> raw;
        try
        {
            raw = Unzip(file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ModelFileException(path, $"its zip structure is corrupted ({e.GetType().Name}: {e.Message})", e);
        }

        if (!raw.TryGetValue(MetadataEntry, out byte[]? metadataBytes))
        {
            throw new ModelFileException(path, $"it is a zip archive but not a Dendrite model file: it has no {MetadataEntry} (entries: {string.Join(", ", raw.Keys.Take(8))})");
        }

        MetadataJson metadata = ParseJson(path, raw, MetadataEntry, ModelFileJsonContext.Default.MetadataJson);
        if (metadata.Format != Format)
        {
            throw new ModelFileException(path, $"it is not a Dendrite model file: {MetadataEntry} names the format '{metadata.Format}', expected '{Format}'");
        }

        if (metadata.FormatVersion > FormatVersion)
        {
            throw new ModelFileException(path, $"it was written by a newer Dendrite ({metadata.LibraryVersion}) in format version {metadata.FormatVersion}; this Dendrite ({LibraryVersion}) reads format versions up to {FormatVersion}");
        }

        if (metadata.FormatVersion < 1)
        {
            throw new ModelFileException(path, $"it is corrupted: {MetadataEntry} has format version {metadata.FormatVersion}, below 1");
        }

        foreach (string required in (string[])[ConfigEntry, WeightsEntry, StateEntry])
        {
            if (!metadata.Sha256.ContainsKey(required))
            {
                throw new ModelFileException(path, $"it is corrupted: {MetadataEntry} lists no SHA-256 for the required entry '{required}'");
            }
        }

        var verified = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, expected) in metadata.Sha256)
        {
            if (!raw.TryGetValue(name, out byte[]? bytes))
            {
                throw new ModelFileException(path, $"it is corrupted or truncated: entry '{name}' listed in {MetadataEntry} is missing");
            }

            string actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new ModelFileException(path, $"it is corrupted: entry '{name}' has SHA-256 {actual}, {MetadataEntry} records {expected}");
            }

            verified[name] = bytes;
        }

        return verified;
    }

    /// <summary>Whether the file ends with a zip end-of-central-directory record (and its comment), as a complete archive does.</summary>
    private static bool HasEndOfCentralDirectory(byte[] file)
    {
        int last = file.Length - EndOfCentralDirectorySize;
        for (int i = last; i >= 0 && i >= last - ushort.MaxValue; i--)
        {
            if (file[i] == 0x50 && file[i + 1] == 0x4B && file[i + 2] == 0x05 && file[i + 3] == 0x06
                && i + EndOfCentralDirectorySize + (file[i + 20] | (file[i + 21] << 8)) == file.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, byte[]> Unzip(byte[] file)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            if (entry.Length > Array.MaxLength)
            {
                throw new InvalidDataException($"entry '{entry.FullName}' declares {entry.Length} bytes");
            }

            using Stream source = entry.Open();
            var content = new MemoryStream();
            byte[] buffer = new byte[81920];
            for (int n; (n = source.Read(buffer)) > 0;)
            {
                content.Write(buffer, 0, n);
                if (content.Length > entry.Length)
                {
                    throw new InvalidDataException($"entry '{entry.FullName}' holds more than the {entry.Length} bytes it declares");
                }
            }

            if (!entries.TryAdd(entry.FullName, content.ToArray()))
            {
                throw new InvalidDataException($"it has two entries named '{entry.FullName}'");
            }
        }

        return entries;
    }

    private static T ParseJson<T>(string path, Dictionary<string, byte[]> entries, string name, JsonTypeInfo<T> type)
        where T : class
    {
        if (!entries.TryGetValue(name, out byte[]? bytes))
        {
            throw new ModelFileException(path, $"it has no entry '{name}'");
        }

        if (!Utf8.IsValid(bytes))
        {
            throw new ModelFileException(path, $"entry '{name}' is not valid UTF-8 text");
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type) ?? throw new ModelFileException(path, $"entry '{name}' holds null");
        }
        catch (JsonException e)
        {
            throw new ModelFileException(path, $"entry '{name}' is not valid: {e.Message}", e);
        }
    }

    private static List<KeyValuePair<string, Tensors.Tensor>> ReadSafeTensors(string path, Dictionary<string, byte[]> entries, string name)
    {
        if (!entries.TryGetValue(name, out byte[]? bytes))
        {
            throw new ModelFileException(path, $"it has no entry '{name}'");
        }

        try
        {
            return SafeTensors.Read(bytes).Tensors;
        }
        catch (FormatException e)
        {
            throw new ModelFileException(path, $"entry '{name}' is not valid safetensors: {e.Message}", e);
        }
    }
}
