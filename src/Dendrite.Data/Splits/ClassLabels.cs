using Dendrite.Data.Tables;

namespace Dendrite.Data.Splits;

/// <summary>The class of each row of a stratification column, as class indices in order of first appearance.</summary>
internal static class ClassLabels
{
    /// <summary>Encodes <paramref name="column"/>; returns each row's class index and the number of classes.</summary>
    /// <exception cref="ArgumentException">A row's class is missing.</exception>
    public static (int[] Codes, int Classes) Encode(DataTable table, string column)
    {
        DataColumn labels = table[column];
        var codes = new int[labels.Length];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < codes.Length; r++)
        {
            if (labels.IsMissing(r))
            {
                throw new ArgumentException($"Cannot stratify by '{column}': row {r} has no value; expected a class on every row (drop or impute those rows first).", nameof(column));
            }

            string label = labels.Format(r);
            if (!index.TryGetValue(label, out codes[r]))
            {
                codes[r] = index[label] = index.Count;
            }
        }

        return (codes, index.Count);
    }
}
