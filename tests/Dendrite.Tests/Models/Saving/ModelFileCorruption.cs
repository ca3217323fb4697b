// Helpers that damage model files the ways the loader must survive: rewrite entries (with or without
// fixing metadata.json's SHA-256), and mutate raw bytes (flips, truncations, insertions).
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Dendrite.Tests.Models.Saving;

internal static class ModelFileCorruption
{
    /// <summary>The entries of a zip file, in order.</summary>
    public static List<KeyValuePair<string, byte[]>> ReadEntries(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var s = e.Open();
            var m = new MemoryStream();
            s.CopyTo(m);
            return new KeyValuePair<string, byte[]>(e.FullName, m.ToArray());
        })];
    }

    /// <summary>A zip of <paramref name="entries"/>; with <paramref name="rehash"/>, metadata.json's SHA-256 values are recomputed.</summary>
    public static byte[] WriteEntries(IEnumerable<KeyValuePair<string, byte[]>> entries, bool rehash)
    {
        var list = entries.ToList();
        if (rehash)
        {
            int m = list.FindIndex(e => e.Key == "metadata.json");
            JsonObject metadata = JsonNode.Parse(list[m].Value)!.AsObject();
            var hashes = new JsonObject();
            foreach (var (name, bytes) in list.Where(e => e.Key != "metadata.json"))
            {
                hashes[name] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            }

            metadata["sha256"] = hashes;
            list[m] = new("metadata.json", System.Text.Encoding.UTF8.GetBytes(metadata.ToJsonString()));
        }

        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in list)
            {
                using Stream s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>One seeded random mutation of <paramref name="bytes"/>: a byte flip, a truncation or an insertion.</summary>
    public static (byte[] Bytes, string What) Mutate(byte[] bytes, Random random)
    {
        int kind = random.Next(3);
        if (kind == 0 || bytes.Length == 0)
        {
            byte[] copy = (byte[])bytes.Clone();
            int at = random.Next(Math.Max(1, copy.Length));
            if (copy.Length > 0)
            {
                copy[at] ^= (byte)random.Next(1, 256);
            }

            return (copy, $"flip at {at}");
        }

        if (kind == 1)
        {
            int length = random.Next(bytes.Length);
            return (bytes[..length], $"truncate to {length}");
        }

        int pos = random.Next(bytes.Length + 1);
        byte[] inserted = new byte[random.Next(1, 9)];
        random.NextBytes(inserted);
        return ([.. bytes[..pos], .. inserted, .. bytes[pos..]], $"insert {inserted.Length} at {pos}");
    }
}
