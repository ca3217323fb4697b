// Column kinds from a first streaming pass (nothing is kept but one flag pair per column):
//   numeric      when every non-missing field parses as a number in the culture (NaN / Inf texts count as
//                numbers here so that the parsing pass can refuse them with advice, not turn the column to text);
//   boolean      otherwise, when every non-missing field is true / false in any case;
//   categorical  otherwise.
// A column with no non-missing field (all missing, or a header-only file) is numeric, as pandas reads an
// all-empty column as float64 NaN; Describe and the missing-value report flag it as all missing.
// A column the schema declares is not inferred. A column found categorical is no longer read in this pass.
using Dendrite.Data.Tables;

namespace Dendrite.Data.Csv;

/// <summary>The first pass of the reader: infers each selected column's kind and counts the records.</summary>
internal static class KindInference
{
    /// <summary>Reads every record of <paramref name="records"/>; returns the kinds of the selected columns and the record count.</summary>
    public static (ColumnKind[] Kinds, int Rows) Infer(CsvRecords records, CsvReadOptions options, HashSet<string> missing)
    {
        int n = records.Names.Length;
        var kinds = new ColumnKind[n];
        var open = new List<int>();
        var maybeNumber = new bool[n];
        var maybeBoolean = new bool[n];
        for (int j = 0; j < n; j++)
        {
            if (options.Schema.TryGetValue(records.Names[j], out ColumnKind declared))
            {
                kinds[j] = declared;
            }
            else
            {
                open.Add(j);
                maybeNumber[j] = maybeBoolean[j] = true;
            }
        }

        int rows = 0;
        while (records.Read())
        {
            rows++;
            for (int k = open.Count - 1; k >= 0; k--)
            {
                int j = open[k];
                string text = records.Field(j);
                if (text.Length == 0 || missing.Contains(text))
                {
                    continue;
                }

                maybeNumber[j] &= FieldText.TryParseNumber(text, options.Culture, out _) || FieldText.IsNonFinite(text, options.Culture);
                maybeBoolean[j] &= FieldText.IsTrueFalse(text);
                if (!maybeNumber[j] && !maybeBoolean[j])
                {
                    open.RemoveAt(k);
                }
            }
        }

        for (int j = 0; j < n; j++)
        {
            if (!options.Schema.ContainsKey(records.Names[j]))
            {
                kinds[j] = maybeNumber[j] ? ColumnKind.Numeric : maybeBoolean[j] ? ColumnKind.Boolean : ColumnKind.Categorical;
            }
        }

        return (kinds, rows);
    }
}
