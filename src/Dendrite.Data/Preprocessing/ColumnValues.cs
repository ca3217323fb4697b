// Helpers that read a column as numbers or as category labels, whatever its kind:
//   numbers: numeric as is, boolean as 0 / 1 (sklearn sees booleans as numbers), missing as NaN;
//   labels:  categorical as is, boolean as "false" / "true", numeric in round-trip invariant text; missing as null.
// Category order is sklearn's sorted order: ordinal for text, numeric for numbers, false < true for booleans.
using System.Globalization;
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

internal static class ColumnValues
{
    /// <summary>The column as doubles (NaN = missing).</summary>
    public static double[] Numbers(DataColumn column, string transformer)
    {
        switch (column)
        {
            case NumericColumn n:
                return n.Values.ToArray();
            case BooleanColumn b:
                var values = new double[b.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = b[i] switch { true => 1, false => 0, null => double.NaN };
                }

                return values;
            default:
                throw new ArgumentException(
                    $"{transformer} needs numeric columns; column '{column.Name}' is {column.Kind.ToString().ToLowerInvariant()}. Encode it first (OneHotEncoder or OrdinalEncoder).");
        }
    }

    /// <summary>The label of a row (null = missing).</summary>
    public static string? Label(DataColumn column, int row) => column.IsMissing(row) ? null : column switch
    {
        CategoricalColumn c => c[row],
        NumericColumn n => n[row].ToString("R", CultureInfo.InvariantCulture),
        _ => column.Format(row),
    };

    /// <summary>Compares labels as sklearn sorts categories of a column of <paramref name="kind"/>.</summary>
    public static IComparer<string> Order(ColumnKind kind) => kind == ColumnKind.Numeric
        ? Comparer<string>.Create((a, b) => double.Parse(a, CultureInfo.InvariantCulture).CompareTo(double.Parse(b, CultureInfo.InvariantCulture)))
        : StringComparer.Ordinal;

    /// <summary>The distinct labels of a column with their counts, in sklearn's sorted order; missing cells are skipped.</summary>
    public static (string[] Levels, int[] Counts) Levels(DataColumn column)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < column.Length; r++)
        {
            if (Label(column, r) is { } label)
            {
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        string[] levels = [.. counts.Keys.Order(Order(column.Kind))];
        return (levels, [.. levels.Select(l => counts[l])]);
    }

    /// <summary>The first missing row of a column, or -1.</summary>
    public static int FirstMissing(DataColumn column)
    {
        for (int r = 0; r < column.Length; r++)
        {
            if (column.IsMissing(r))
            {
                return r;
            }
        }

        return -1;
    }
}
