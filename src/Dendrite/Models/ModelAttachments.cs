// ModelAttachments: named byte payloads a model carries into its .dendrite file — the fitted preprocessing of a
// tabular model, a tokenizer's vocabulary, a label map. The core knows nothing of their content: each is saved
// as the zip entry "attachments/<name>", its SHA-256 listed in metadata.json like every other entry, verified
// and restored by Model.Load. Names are restricted to letters, digits, '.', '-' and '_' (1–128 characters, not
// starting with '.') so that every name is a safe, portable zip entry name.
using System.Collections;

namespace Dendrite.Models;

/// <summary>Named byte payloads saved inside the model file beside the weights (e.g. fitted preprocessing).</summary>
public sealed class ModelAttachments : IEnumerable<KeyValuePair<string, ReadOnlyMemory<byte>>>
{
    /// <summary>The longest allowed name.</summary>
    public const int MaxNameLength = 128;

    private readonly SortedDictionary<string, byte[]> _items = new(StringComparer.Ordinal);

    /// <summary>Creates an empty set; each model owns one (<see cref="Model.Attachments"/>).</summary>
    internal ModelAttachments()
    {
    }

    /// <summary>The number of attachments.</summary>
    public int Count => _items.Count;

    /// <summary>The names, in ordinal order.</summary>
    public IReadOnlyList<string> Names => [.. _items.Keys];

    /// <summary>The bytes attached under <paramref name="name"/>; setting copies them and replaces any earlier attachment of that name.</summary>
    /// <param name="name">The attachment's name: 1–128 letters, digits, '.', '-' or '_', not starting with '.'.</param>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    /// <exception cref="KeyNotFoundException">Getting a name that is not attached; the message lists the names there are.</exception>
    public ReadOnlyMemory<byte> this[string name]
    {
        get => _items.TryGetValue(name, out byte[]? bytes)
            ? bytes
            : throw new KeyNotFoundException($"The model has no attachment '{name}'; it has {(_items.Count == 0 ? "none" : string.Join(", ", _items.Keys))}.");
        set
        {
            Validate(name);
            _items[name] = value.ToArray();
        }
    }

    /// <summary>Whether an attachment named <paramref name="name"/> exists.</summary>
    /// <param name="name">The attachment's name.</param>
    public bool Contains(string name) => _items.ContainsKey(name);

    /// <summary>Gets the bytes attached under <paramref name="name"/>, if any.</summary>
    /// <param name="name">The attachment's name.</param>
    /// <param name="bytes">The bytes, or empty when there is no such attachment.</param>
    public bool TryGet(string name, out ReadOnlyMemory<byte> bytes)
    {
        bool found = _items.TryGetValue(name, out byte[]? value);
        bytes = value;
        return found;
    }

    /// <summary>Removes the attachment named <paramref name="name"/>.</summary>
    /// <param name="name">The attachment's name.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(string name) => _items.Remove(name);

    /// <summary>Removes every attachment.</summary>
    public void Clear() => _items.Clear();

    /// <summary>Whether <paramref name="name"/> is a valid attachment name (1–128 letters, digits, '.', '-' or '_', not starting with '.').</summary>
    /// <param name="name">The candidate name.</param>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength && name[0] != '.'
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, ReadOnlyMemory<byte>>> GetEnumerator() =>
        _items.Select(kv => new KeyValuePair<string, ReadOnlyMemory<byte>>(kv.Key, kv.Value)).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The stored array itself (not a copy), for the model file writer.</summary>
    internal IEnumerable<KeyValuePair<string, byte[]>> Raw => _items;

    /// <summary>Sets without copying, for the model file reader (names already validated).</summary>
    internal void SetRaw(string name, byte[] bytes) => _items[name] = bytes;

    private static void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"Attachment name '{name}' is not valid: expected 1–{MaxNameLength} ASCII letters, digits, '.', '-' or '_', not starting with '.'.", nameof(name));
        }
    }
}
