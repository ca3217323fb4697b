// ConfigValues: GetConfig dictionaries ↔ JSON nodes, without reflection. Written: null, string, bool,
// int, long, float, double (finite), arrays (int[], object?[], any sequence) and nested dictionaries.
// Read back: null, string, bool, numbers as int when integral and in range, else long, else double;
// arrays as object?[]; objects as Dictionary<string, object?> — what ConfigReader and factories accept.
using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dendrite.Models.Saving;

/// <summary>Converts config values to JSON nodes and back.</summary>
internal static class ConfigValues
{
    /// <summary>A JSON object for a config dictionary.</summary>
    /// <param name="config">The settings.</param>
    /// <param name="what">Whose settings, for messages.</param>
    /// <exception cref="ArgumentException">A value cannot be written (not finite, or an unsupported type).</exception>
    public static JsonObject ToJson(IReadOnlyDictionary<string, object?> config, string what)
    {
        var json = new JsonObject();
        foreach (var (key, value) in config)
        {
            json[key] = ToNode(value, $"{what} setting '{key}'");
        }

        return json;
    }

    /// <summary>A config dictionary for a JSON object.</summary>
    /// <param name="json">The object.</param>
    public static Dictionary<string, object?> FromJson(JsonObject json)
    {
        var config = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, node) in json)
        {
            config[key] = FromNode(node);
        }

        return config;
    }

    private static JsonNode? ToNode(object? value, string what) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        float f => ToNode((double)f, what),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : throw new ArgumentException($"{what} is {d}, which JSON cannot hold; config values must be finite."),
        IReadOnlyDictionary<string, object?> nested => ToJson(nested, what),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(item => ToNode(item, what))]),
        _ => throw new ArgumentException($"{what} has a value of type {value.GetType().Name}, which config.json cannot hold (use strings, numbers, booleans, arrays or dictionaries)."),
    };

    private static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                return FromJson(obj);
            case JsonArray array:
                return array.Select(FromNode).ToArray();
            default:
                JsonValue value = node.AsValue();
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number when value.TryGetValue(out int i) => i,
                    JsonValueKind.Number when value.TryGetValue(out long l) => l,
                    JsonValueKind.Number => value.GetValue<double>(),
                    _ => null,
                };
        }
    }
}
