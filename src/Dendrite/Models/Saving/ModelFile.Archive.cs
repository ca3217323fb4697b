// ModelFile, the archive: every check a damaged or foreign file can fail, in order, each with its own message:
//   not a zip (foreign) → no end-of-central-directory record (truncated) → zip structure unreadable
//   (corrupted) → no metadata.json (a zip, but not ours) → metadata.json unreadable or another format
//   (foreign) → a newer format version (newer) → a listed entry missing or failing its SHA-256 (corrupted).
// Whatever the zip library throws on a damaged archive becomes a ModelFileException with it as the inner
// exception: every failure leaves as a ModelFileException naming the file and the problem.
using System.IO.Compression;
using System.Security.Cryptography;

namespace Dendrite.Models.Saving;

internal static partial class ModelFile
{
    private const int EndOfCentralDirectorySize = 22;

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
}
