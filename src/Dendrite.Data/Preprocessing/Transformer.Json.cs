// Transformer, saving: a fitted transformer's state as JSON through the source-generated
// PreprocessingJsonContext (no reflection; trimming- and AOT-safe):
//   {"kind": "StandardScaler", "version": 1, "feature_names_in": [...], "feature_kinds_in": ["numeric", ...],
//    "state": {…kind-specific: "mean", "scale", "categories", …}}
// FromJson reads the kind from a fixed registry; an unknown kind, a newer version, malformed JSON or a state that
// does not fit its columns is a FormatException that says which.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

public abstract partial class Transformer
{
    /// <summary>The state format version this library writes and the newest it reads.</summary>
    public const int StateVersion = 1;

    private static readonly Dictionary<string, Func<JsonElement, int, Transformer>> s_readers = new(StringComparer.Ordinal)
    {
        [nameof(SimpleImputer)] = SimpleImputer.ReadState,
        [nameof(StandardScaler)] = StandardScaler.ReadState,
        [nameof(MinMaxScaler)] = MinMaxScaler.ReadState,
        [nameof(RobustScaler)] = RobustScaler.ReadState,
        [nameof(PowerTransformer)] = PowerTransformer.ReadState,
        [nameof(OneHotEncoder)] = OneHotEncoder.ReadState,
        [nameof(OrdinalEncoder)] = OrdinalEncoder.ReadState,
        [nameof(ColumnTransformer)] = ColumnTransformer.ReadState,
    };

    /// <summary>The fitted state as JSON, with its kind and a version, readable by <see cref="FromJson"/>.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public string ToJson() => JsonSerializer.Serialize(ToEnvelope(), PreprocessingJsonContext.Default.TransformerJson);

    /// <summary>A fitted transformer from JSON written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="FormatException">The JSON is malformed, names an unknown kind or a newer version, or its state does not fit; the message says which.</exception>
    public static Transformer FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TransformerJson envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(json, PreprocessingJsonContext.Default.TransformerJson) ?? throw new JsonException("it holds null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"Transformer JSON is not valid: {e.Message}", e);
        }

        return FromEnvelope(envelope);
    }

    internal TransformerJson ToEnvelope() => new()
    {
        Kind = GetType().Name,
        Version = StateVersion,
        FeatureNamesIn = [.. FeatureNamesIn],
        FeatureKindsIn = [.. FeatureKindsIn],
        State = WriteState(),
    };

    internal static Transformer FromEnvelope(TransformerJson envelope)
    {
        if (!s_readers.TryGetValue(envelope.Kind, out var read))
        {
            throw new FormatException($"Unknown transformer kind '{envelope.Kind}'; the known kinds are {string.Join(", ", s_readers.Keys)}.");
        }

        if (envelope.Version > StateVersion || envelope.Version < 1)
        {
            throw new FormatException($"{envelope.Kind} state has version {envelope.Version}; this Dendrite reads versions 1 to {StateVersion}.");
        }

        Require(envelope.FeatureNamesIn.Length > 0 && envelope.FeatureNamesIn.Length == envelope.FeatureKindsIn.Length, envelope.Kind, "expected one kind per input column name");
        Transformer transformer;
        try
        {
            transformer = read(envelope.State, envelope.FeatureNamesIn.Length);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new FormatException($"{envelope.Kind} state is not valid: {e.Message}", e);
        }

        transformer.SetFitted(envelope.FeatureNamesIn, envelope.FeatureKindsIn);
        return transformer;
    }

    /// <summary>The kind-specific part of <see cref="ToJson"/>.</summary>
    private protected abstract JsonElement WriteState();

    private protected static T ReadState<T>(JsonElement state, JsonTypeInfo<T> type)
        where T : class => JsonSerializer.Deserialize(state, type) ?? throw new JsonException("the state is null");

    private protected static void Require(bool ok, string kind, string what)
    {
        if (!ok)
        {
            throw new FormatException($"{kind} state is not valid: {what}.");
        }
    }
}
