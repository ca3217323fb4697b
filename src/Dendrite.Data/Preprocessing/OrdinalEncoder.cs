// OrdinalEncoder, as scikit-learn's sklearn.preprocessing.OrdinalEncoder (1.x documentation):
//   categories are learned from the training rows and sorted (text ordinally, numbers numerically); each cell
//   becomes its category's index 0 … n−1. handle_unknown "error" (default) raises on an unseen category;
//   "use_encoded_value" writes unknown_value instead (an integer not among the codes, or NaN). A missing cell
//   becomes encoded_missing_value, default NaN, so an imputer can still fill it afterwards.
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Encodes each categorical column as the index of its category among the sorted training categories, as scikit-learn's <c>OrdinalEncoder</c>.</summary>
/// <remarks>Category <c>k</c> of the sorted training categories → <c>k</c>; missing → NaN; unseen → an error or <see cref="UnknownValue"/>.</remarks>
public sealed class OrdinalEncoder : Transformer
{
    private string[][] _categories = [];

    /// <summary>Creates an encoder.</summary>
    /// <param name="unknownValue">The code for categories not seen in training (sklearn's handle_unknown="use_encoded_value"): a whole number or NaN; default null = an unseen category is an error.</param>
    /// <exception cref="ArgumentOutOfRangeException">unknownValue is neither a whole number nor NaN.</exception>
    public OrdinalEncoder(double? unknownValue = null)
    {
        if (unknownValue is double u && !double.IsNaN(u) && (!double.IsFinite(u) || u != Math.Floor(u)))
        {
            throw new ArgumentOutOfRangeException(nameof(unknownValue), u, "OrdinalEncoder's unknownValue must be a whole number or NaN.");
        }

        UnknownValue = unknownValue;
    }

    /// <summary>The code of unseen categories, or null when they are an error.</summary>
    public double? UnknownValue { get; }

    /// <summary>Each fitted column's categories in sorted order (sklearn's <c>categories_</c>); a category's code is its index.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<IReadOnlyList<string>> Categories => IsFitted ? _categories : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        _categories = [.. columns.Select(c => ColumnValues.Levels(c).Levels)];
        for (int c = 0; c < columns.Count; c++)
        {
            if (UnknownValue is double u && u >= 0 && u < _categories[c].Length)
            {
                throw new ArgumentException(
                    $"OrdinalEncoder: unknownValue {u} is also the code of category '{_categories[c][(int)u]}' of column '{columns[c].Name}'; use a negative number or NaN.");
            }
        }
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns)
    {
        var output = new DataColumn[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            DataColumn column = columns[c];
            var code = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < _categories[c].Length; i++)
            {
                code[_categories[c][i]] = i;
            }

            var values = new double[column.Length];
            for (int r = 0; r < values.Length; r++)
            {
                string? label = ColumnValues.Label(column, r);
                values[r] = label is null ? double.NaN
                    : code.TryGetValue(label, out int k) ? k
                    : UnknownValue ?? throw new PreprocessingException(
                        $"OrdinalEncoder: column '{column.Name}' has the category '{label}' in row {r}, which was not seen in training (known: {string.Join(", ", _categories[c])}). "
                        + "Give unknownValue to encode unseen categories.",
                        column.Name);
            }

            output[c] = new NumericColumn(column.Name, values);
        }

        return output;
    }

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new OrdinalEncoderJson { UnknownValue = UnknownValue is double u && double.IsNaN(u) ? null : UnknownValue, UnknownIsNaN = UnknownValue is double v && double.IsNaN(v), Categories = _categories },
        PreprocessingJsonContext.Default.OrdinalEncoderJson);

    internal static OrdinalEncoder ReadState(JsonElement state, int features)
    {
        OrdinalEncoderJson json = ReadState(state, PreprocessingJsonContext.Default.OrdinalEncoderJson);
        Require(json.Categories.Length == features, nameof(OrdinalEncoder), $"expected categories for {features} columns");
        return new OrdinalEncoder(json.UnknownIsNaN ? double.NaN : json.UnknownValue) { _categories = json.Categories };
    }
}
