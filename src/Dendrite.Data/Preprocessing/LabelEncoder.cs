// LabelEncoder, as scikit-learn's sklearn.preprocessing.LabelEncoder (1.x documentation): fit learns classes_,
// the sorted distinct labels of the target; transform maps each label to its index in classes_ (an unseen label
// is an error: "y contains previously unseen labels"); inverse_transform maps indices back to labels. Sorting is
// sklearn's: text ordinally, numbers numerically, false before true. Decoded labels keep the target's kind.
using System.Globalization;
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Encodes a target column's labels as 0 … classes−1 in sorted order and decodes them back, as scikit-learn's <c>LabelEncoder</c>.</summary>
/// <remarks>Label <c>Classes[k]</c> ↔ <c>k</c>.</remarks>
public sealed class LabelEncoder
{
    private string[]? _classes;
    private ColumnKind _kind;
    private string _name = string.Empty;

    /// <summary>Whether <see cref="Fit"/> has run.</summary>
    public bool IsFitted => _classes is not null;

    /// <summary>The classes in sorted order, as text (sklearn's <c>classes_</c>); a class's code is its index.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<string> Classes => _classes ?? throw NotFitted();

    /// <summary>The kind of the target column the encoder was fitted on (decoded labels have it too).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public ColumnKind Kind => IsFitted ? _kind : throw NotFitted();

    /// <summary>Learns the sorted classes of <paramref name="target"/>.</summary>
    /// <param name="target">The target column; it may not have missing cells.</param>
    /// <returns>This encoder, fitted.</returns>
    /// <exception cref="ArgumentException">The column has missing cells.</exception>
    public LabelEncoder Fit(DataColumn target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireComplete(target);
        _classes = ColumnValues.Levels(target).Levels;
        _kind = target.Kind;
        _name = target.Name;
        return this;
    }

    /// <summary>The code of each label of <paramref name="target"/>.</summary>
    /// <param name="target">A column of the fitted kind without missing cells.</param>
    /// <exception cref="PreprocessingException">A label was not seen in training, or the column's kind differs; the message names it.</exception>
    public int[] Transform(DataColumn target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string[] classes = _classes ?? throw NotFitted();
        if (target.Kind != _kind)
        {
            throw new PreprocessingException($"LabelEncoder: target '{target.Name}' was {_kind.ToString().ToLowerInvariant()} when fitted, received a {target.Kind.ToString().ToLowerInvariant()} column.", target.Name);
        }

        RequireComplete(target);
        var codes = new int[target.Length];
        for (int r = 0; r < codes.Length; r++)
        {
            string label = ColumnValues.Label(target, r)!;
            codes[r] = Array.IndexOf(classes, label);
            if (codes[r] < 0)
            {
                throw new PreprocessingException(
                    $"LabelEncoder: target '{target.Name}' has the label '{label}' in row {r}, which was not seen in training (classes: {string.Join(", ", classes)}).", target.Name);
            }
        }

        return codes;
    }

    /// <summary>The labels of <paramref name="codes"/>, as a column of the target's kind.</summary>
    /// <param name="codes">Codes 0 … classes−1.</param>
    /// <param name="name">The column's name; default null = the target's name.</param>
    /// <exception cref="ArgumentOutOfRangeException">A code is outside 0 … classes−1.</exception>
    public DataColumn InverseTransform(ReadOnlySpan<int> codes, string? name = null)
    {
        string[] classes = _classes ?? throw NotFitted();
        var labels = new string[codes.Length];
        for (int i = 0; i < codes.Length; i++)
        {
            if ((uint)codes[i] >= (uint)classes.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(codes), codes[i], $"LabelEncoder has {classes.Length} classes; code {codes[i]} at position {i} is out of range.");
            }

            labels[i] = classes[codes[i]];
        }

        name ??= _name;
        return _kind switch
        {
            ColumnKind.Numeric => new NumericColumn(name, [.. labels.Select(l => double.Parse(l, CultureInfo.InvariantCulture))]),
            ColumnKind.Boolean => new BooleanColumn(name, [.. labels.Select(l => (bool?)bool.Parse(l))]),
            _ => new CategoricalColumn(name, labels),
        };
    }

    /// <summary>The fitted classes as JSON, with the target's kind.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public string ToJson() => JsonSerializer.Serialize(ToState(), PreprocessingJsonContext.Default.LabelEncoderJson);

    /// <summary>A fitted encoder from JSON written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">The target's name, used for decoded columns.</param>
    /// <exception cref="FormatException">The JSON is malformed or holds no classes.</exception>
    public static LabelEncoder FromJson(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        try
        {
            return FromState(JsonSerializer.Deserialize(json, PreprocessingJsonContext.Default.LabelEncoderJson) ?? throw new JsonException("it holds null"), name);
        }
        catch (JsonException e)
        {
            throw new FormatException($"LabelEncoder JSON is not valid: {e.Message}", e);
        }
    }

    internal LabelEncoderJson ToState() => new() { Kind = Kind, Classes = [.. Classes] };

    internal static LabelEncoder FromState(LabelEncoderJson state, string name) =>
        state.Classes.Length > 0 && state.Classes.Distinct(StringComparer.Ordinal).Count() == state.Classes.Length && Enum.IsDefined(state.Kind)
            ? new LabelEncoder { _classes = state.Classes, _kind = state.Kind, _name = name }
            : throw new FormatException($"LabelEncoder state of '{name}' is not valid: it needs at least one class and no duplicates.");

    private static void RequireComplete(DataColumn target)
    {
        int missing = target.MissingCount;
        if (missing > 0)
        {
            throw new ArgumentException(
                $"LabelEncoder: target '{target.Name}' has {missing} missing value(s), the first in row {ColumnValues.FirstMissing(target)}; drop those rows first.");
        }
    }

    private static InvalidOperationException NotFitted() => new("This LabelEncoder is not fitted yet: call Fit with the training target first.");
}
