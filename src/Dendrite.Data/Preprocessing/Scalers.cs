// What the three scalers share: reading a column's training values (numbers; booleans as 0/1; NaN ignored) and
// applying x' = (x − offset) / divisor per column, keeping NaN (missing) as NaN, as sklearn's scalers do.
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

internal static class Scalers
{
    /// <summary>The column's non-missing training values; a column with none cannot be scaled.</summary>
    public static double[] Present(DataColumn column, string scaler)
    {
        double[] present = Statistics.Present(ColumnValues.Numbers(column, scaler));
        return present.Length > 0
            ? present
            : throw new ArgumentException($"{scaler}: column '{column.Name}' is missing in all {column.Length} training rows, so there is nothing to learn its scale from.");
    }

    /// <summary>(x − offset(c)) / divisor(c) for each column c; NaN stays NaN.</summary>
    public static DataColumn[] Apply(IReadOnlyList<DataColumn> columns, string scaler, Func<int, double> offset, Func<int, double> divisor)
    {
        var output = new DataColumn[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            double[] values = ColumnValues.Numbers(columns[c], scaler);
            double o = offset(c), d = divisor(c);
            for (int r = 0; r < values.Length; r++)
            {
                values[r] = (values[r] - o) / d;
            }

            output[c] = new NumericColumn(columns[c].Name, values);
        }

        return output;
    }
}
