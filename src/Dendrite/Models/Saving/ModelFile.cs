// ModelFile: the .dendrite model file — one zip archive with
//   config.json            architecture + compile settings (ModelConfigJson)
//   weights.safetensors    every weight by variable name ("dense/kernel"), safetensors layout
//   optimizer.safetensors  the optimizer's slots by "variable/slot" (only when compiled)
//   training_state.json    optimizer iterations, random generator states, resume epoch
//   attachments/<name>     each of Model.Attachments, as given (optional; any number)
//   metadata.json          format "dendrite.model" version 1, library version, creation time, SHA-256 per entry
// Crash safety: the archive is written to a temporary file in the target's directory, flushed to disk,
// then renamed over the target (File.Move with overwrite = rename(2), atomic on one file system), so a
// process killed mid-save leaves the old file or the new one, never a partial one. A killed save may
// leave its temporary file (".<name>.<guid>.tmp") behind; it is never read.
using System.Reflection;

namespace Dendrite.Models.Saving;

/// <summary>Reads and writes .dendrite model files and safetensors weight files.</summary>
internal static partial class ModelFile
{
    /// <summary>The format name in metadata.json.</summary>
    public const string Format = "dendrite.model";

    /// <summary>The format version this library writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    public const string ConfigEntry = "config.json";
    public const string WeightsEntry = "weights.safetensors";
    public const string OptimizerEntry = "optimizer.safetensors";
    public const string StateEntry = "training_state.json";
    public const string MetadataEntry = "metadata.json";
    public const string AttachmentPrefix = "attachments/";

    /// <summary>The library's version, as written in metadata.json.</summary>
    public static string LibraryVersion { get; } =
        typeof(ModelFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ModelFile).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Writes a file so that <paramref name="path"/> holds either its old content or the complete new one, whatever happens.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the whole content to the stream.</param>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(path));
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
