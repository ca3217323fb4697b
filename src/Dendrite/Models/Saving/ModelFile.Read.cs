// ModelFile, reading: the verified entries (ModelFile.Archive.cs) are parsed — JSON through the source-
// generated context, weights and optimizer slots as safetensors — then the model is built from config.json
// and its state applied; the verified "attachments/<name>" entries go back into Model.Attachments. A parse
// failure or a model the config cannot build is a ModelFileException naming the file, the entry and the problem.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
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
        RestoreAttachments(path, entries, model);
        return model;
    }

    /// <summary>Copies the verified "attachments/&lt;name&gt;" entries into <see cref="Model.Attachments"/>.</summary>
    private static void RestoreAttachments(string path, Dictionary<string, byte[]> entries, Model model)
    {
        foreach (var (entry, bytes) in entries)
        {
            if (!entry.StartsWith(AttachmentPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            string name = entry[AttachmentPrefix.Length..];
            if (!ModelAttachments.IsValidName(name))
            {
                throw new ModelFileException(path, $"it is corrupted: entry '{entry}' names an attachment '{name}', which is not a valid attachment name");
            }

            model.Attachments.SetRaw(name, bytes);
        }
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
