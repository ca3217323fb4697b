// OneHotEncoder: encoding rows with the fitted categories (unknown categories by handleUnknown), and the fitted
// state as JSON.
using System.Text.Json;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

public sealed partial class OneHotEncoder
{
    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns)
    {
        IReadOnlyList<string> names = GetFeatureNamesOut();
        var output = new List<DataColumn>(names.Count);
        for (int c = 0; c < columns.Count; c++)
        {
            DataColumn column = columns[c];
            string[] frequent = [.. Frequent(c)];
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < frequent.Length; i++)
            {
                position[frequent[i]] = i;
            }

            bool hasInfrequent = _infrequent[c].Length > 0;
            foreach (string rare in _infrequent[c])
            {
                position[rare] = frequent.Length;
            }

            var blocks = new double[frequent.Length + (hasInfrequent ? 1 : 0)][];
            for (int k = 0; k < blocks.Length; k++)
            {
                blocks[k] = new double[column.Length];
            }

            for (int r = 0; r < column.Length; r++)
            {
                string label = ColumnValues.Label(column, r)
                    ?? throw new PreprocessingException($"OneHotEncoder: column '{column.Name}' is missing in row {r}; impute it first (SimpleImputer).", column.Name);
                if (position.TryGetValue(label, out int k))
                {
                    blocks[k][r] = 1;
                }
                else if (HandleUnknown == HandleUnknown.InfrequentIfExist && hasInfrequent)
                {
                    blocks[frequent.Length][r] = 1;
                }
                else if (HandleUnknown == HandleUnknown.Error)
                {
                    throw new PreprocessingException(
                        $"OneHotEncoder: column '{column.Name}' has the category '{label}' in row {r}, which was not seen in training (known: {string.Join(", ", _categories[c])}). "
                        + "Fit with handleUnknown: HandleUnknown.Ignore to encode unseen categories as all zeros.",
                        column.Name);
                }
            }

            for (int k = 0; k < blocks.Length; k++)
            {
                output.Add(new NumericColumn(names[output.Count], blocks[k]));
            }
        }

        return output;
    }

    private protected override JsonElement WriteState() => JsonSerializer.SerializeToElement(
        new OneHotEncoderJson { HandleUnknown = HandleUnknown, MinFrequency = MinFrequency, MaxCategories = MaxCategories, Categories = _categories, Infrequent = _infrequent },
        PreprocessingJsonContext.Default.OneHotEncoderJson);

    internal static OneHotEncoder ReadState(JsonElement state, int features)
    {
        OneHotEncoderJson json = ReadState(state, PreprocessingJsonContext.Default.OneHotEncoderJson);
        Require(json.Categories.Length == features && json.Infrequent.Length == features, nameof(OneHotEncoder), $"expected categories for {features} columns");
        for (int c = 0; c < features; c++)
        {
            Require(json.Infrequent[c].All(k => json.Categories[c].Contains(k, StringComparer.Ordinal)), nameof(OneHotEncoder), $"column {c} lists an infrequent category that is not among its categories");
        }

        return new OneHotEncoder(json.HandleUnknown, json.MinFrequency, json.MaxCategories) { _categories = json.Categories, _infrequent = json.Infrequent };
    }
}
