// The fitted encoders of Dendrite.Data's preprocessing → ONNX. Both read the raw string input once, through one
// ONNX-ML LabelEncoder (ai.onnx.ml, LabelEncoder-2) whose keys are every training category and every raw text the
// earlier steps substitute (the imputer's "" → fill), each mapped to the code of its effective text:
//   OneHotEncoder   code = the category's output column (frequent categories in sorted order, then one shared
//                   column for the infrequent ones, as sklearn); an unseen text gets −1 (handle_unknown ignore: all
//                   zeros) or the infrequent column (infrequent_if_exist, when there is one; else −1)
//                   → Cast(Equal(code (batch, 1), [0, 1, …, k−1]), double): the (batch, k) one-hot block
//   OrdinalEncoder  code = the category's index as a float; missing → NaN (sklearn's encoded_missing_value);
//                   unseen → unknownValue → Cast(double)
// Refused, because an ONNX graph cannot raise an error per row: handle_unknown "error" (OneHotEncoder's default;
// OrdinalEncoder without unknownValue), and a OneHotEncoder that can see a missing cell (no imputer before it),
// which Dendrite rejects at predict time. Encoders over numeric or boolean columns are refused too (their
// categories are number texts, which the float inputs do not carry).
using Dendrite.Data.Preprocessing;
using Dendrite.Onnx.Proto;

namespace Dendrite.Onnx.Tabular;

/// <summary>Writes the one-hot and ordinal encoder steps of a column-transformer entry.</summary>
internal static class EncoderSteps
{
    /// <summary>Writes a fitted OneHotEncoder over <paramref name="columns"/>.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="encoder">The fitted encoder.</param>
    /// <param name="entry">The column-transformer entry, for messages.</param>
    /// <param name="columns">Its input columns, in its fitted order.</param>
    /// <exception cref="NotSupportedException">handleUnknown Error, a column that is not text, or one with no imputer before the encoder.</exception>
    public static List<TabularColumn> OneHot(OnnxGraphBuilder g, OneHotEncoder encoder, string entry, IReadOnlyList<TabularColumn> columns)
    {
        if (encoder.HandleUnknown == HandleUnknown.Error)
        {
            throw new NotSupportedException(
                $"ONNX export of entry '{entry}': OneHotEncoder with handleUnknown Error cannot be exported, because an ONNX graph cannot reject a row with an unseen category; fit it with HandleUnknown.Ignore or InfrequentIfExist.");
        }

        var output = new List<TabularColumn>();
        for (int c = 0; c < columns.Count; c++)
        {
            TabularColumn column = RequireText(columns[c], encoder, entry);
            if (column.MissingKeys.Any())
            {
                throw new NotSupportedException(
                    $"ONNX export of entry '{entry}': OneHotEncoder reads column '{column.Name}' without a SimpleImputer before it; Dendrite rejects its missing cells at predict time, which an ONNX graph cannot do. Add a SimpleImputer to the entry.");
            }

            IReadOnlyList<string> infrequent = encoder.InfrequentCategories[c];
            string[] frequent = [.. encoder.Categories[c].Except(infrequent, StringComparer.Ordinal)];
            int width = frequent.Length + (infrequent.Count > 0 ? 1 : 0);
            var position = new Dictionary<string, long>(StringComparer.Ordinal);
            for (int i = 0; i < frequent.Length; i++)
            {
                position[frequent[i]] = i;
            }

            foreach (string rare in infrequent)
            {
                position[rare] = frequent.Length;
            }

            long unknown = encoder.HandleUnknown == HandleUnknown.InfrequentIfExist && infrequent.Count > 0 ? frequent.Length : -1;
            string[] keys = Keys(column, encoder.Categories[c]);
            string code = g.AddMlNode(
                "LabelEncoder",
                [column.Value],
                g.UniqueName(column.Name + "/code"),
                OnnxGraphBuilder.Attribute("keys_strings", keys),
                OnnxGraphBuilder.Attribute("values_int64s", keys.Select(k => position.GetValueOrDefault(column.Effective(k), unknown))),
                OnnxGraphBuilder.Attribute("default_int64", unknown));
            string codes = g.AddInt64Vector(column.Name + "/columns", [.. Enumerable.Range(0, width).Select(i => (long)i)]);
            string hot = g.AddNode("Equal", [code, codes], g.UniqueName(column.Name + "/one_hot"));
            output.Add(new TabularColumn(column.Name, NumericSteps.Cast(g, hot, TensorProto.Types.DataType.Double, column.Name + "/encoded"), width, null));
        }

        return output;
    }

    /// <summary>Writes a fitted OrdinalEncoder over <paramref name="columns"/>.</summary>
    /// <param name="g">The graph.</param>
    /// <param name="encoder">The fitted encoder.</param>
    /// <param name="entry">The column-transformer entry, for messages.</param>
    /// <param name="columns">Its input columns, in its fitted order.</param>
    /// <exception cref="NotSupportedException">No unknownValue, or a column that is not text.</exception>
    public static List<TabularColumn> Ordinal(OnnxGraphBuilder g, OrdinalEncoder encoder, string entry, IReadOnlyList<TabularColumn> columns)
    {
        if (encoder.UnknownValue is not double unknown)
        {
            throw new NotSupportedException(
                $"ONNX export of entry '{entry}': OrdinalEncoder without unknownValue cannot be exported, because an ONNX graph cannot reject a row with an unseen category; give it an unknownValue.");
        }

        var output = new List<TabularColumn>();
        for (int c = 0; c < columns.Count; c++)
        {
            TabularColumn column = RequireText(columns[c], encoder, entry);
            IReadOnlyList<string> categories = encoder.Categories[c];
            string[] keys = Keys(column, categories);
            float Code(string raw)
            {
                string effective = column.Effective(raw);
                int index = categories.ToList().IndexOf(effective);
                return effective == TabularColumn.Missing ? float.NaN : index >= 0 ? index : (float)unknown;
            }

            string code = g.AddMlNode(
                "LabelEncoder",
                [column.Value],
                g.UniqueName(column.Name + "/code"),
                OnnxGraphBuilder.Attribute("keys_strings", keys),
                OnnxGraphBuilder.Attribute("values_floats", keys.Select(Code)),
                OnnxGraphBuilder.Attribute("default_float", (float)unknown));
            output.Add(new TabularColumn(column.Name, NumericSteps.Cast(g, code, TensorProto.Types.DataType.Double, column.Name + "/encoded"), 1, null));
        }

        return output;
    }

    /// <summary>Every training category, every raw text the earlier steps substitute, and "" (missing).</summary>
    private static string[] Keys(TabularColumn column, IReadOnlyList<string> categories) =>
        [.. categories.Concat(column.Substitutions!.Keys).Append(TabularColumn.Missing).Distinct(StringComparer.Ordinal)];

    private static TabularColumn RequireText(TabularColumn column, Transformer encoder, string entry) => column.IsText
        ? column
        : throw new NotSupportedException(
            $"ONNX export of entry '{entry}': {encoder.GetType().Name} over the non-text column '{column.Name}' is not supported; the ONNX inputs of numeric and boolean columns are floats, not category texts.");
}
