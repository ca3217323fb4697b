// DataTable → Tensor: numeric and boolean columns without missing values become a row-major matrix
// (rows × columns; booleans as 1 / 0). Missing values and text categories must be handled first (imputers,
// encoders), so the conversion refuses them and names the column rather than inventing numbers.
using Dendrite.Tensors;

namespace Dendrite.Data.Tables;

/// <summary>Converts numeric and boolean columns to <see cref="Tensor"/>s and arrays.</summary>
public static class TableTensors
{
    /// <summary>The table as a rows × columns matrix of its numeric and boolean columns, in column order.</summary>
    /// <param name="table">The table; every column numeric or boolean, with no missing values.</param>
    /// <param name="dtype">The element type; default <see cref="DType.Float32"/>.</param>
    /// <returns>A tensor of shape (<see cref="DataTable.RowCount"/>, columns).</returns>
    /// <exception cref="ArgumentException">A column is categorical or has missing values (the message names it).</exception>
    public static Tensor ToTensor(this DataTable table, DType dtype = DType.Float32)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.RowCount, cols = table.Columns.Count;
        var data = new double[rows * cols];
        for (int c = 0; c < cols; c++)
        {
            double[] column = table.Columns[c].ToDoubleArray();
            for (int r = 0; r < rows; r++)
            {
                data[(r * cols) + c] = column[r];
            }
        }

        var shape = new Shape(rows, cols);
        return dtype == DType.Float64 ? new Tensor(data, shape) : new Tensor(Array.ConvertAll(data, v => (float)v), shape);
    }

    /// <summary>A numeric or boolean column's values as doubles (booleans as 1 / 0).</summary>
    /// <param name="column">The column; numeric or boolean, with no missing values.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="ArgumentException">The column is categorical or has missing values.</exception>
    public static double[] ToDoubleArray(this DataColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        int missing = column.MissingCount;
        if (column.Kind == ColumnKind.Categorical)
        {
            throw new ArgumentException($"Column '{column.Name}' is categorical; expected a numeric or boolean column (encode categories first, e.g. one-hot).", nameof(column));
        }

        if (missing > 0)
        {
            int first = Enumerable.Range(0, column.Length).First(column.IsMissing);
            throw new ArgumentException(
                $"Column '{column.Name}' has {missing} missing values (the first in row {first}); expected none (impute them or drop those rows first).", nameof(column));
        }

        return column switch
        {
            NumericColumn n => n.Values.ToArray(),
            BooleanColumn b => [.. b.Values.ToArray().Select(v => v!.Value ? 1.0 : 0.0)],
            _ => throw new ArgumentException($"Column '{column.Name}' of kind {column.Kind} cannot be converted to numbers.", nameof(column)),
        };
    }

    /// <summary>A numeric or boolean column's values as floats (booleans as 1 / 0).</summary>
    /// <param name="column">The column; numeric or boolean, with no missing values.</param>
    /// <returns>One value per row.</returns>
    /// <exception cref="ArgumentException">The column is categorical or has missing values.</exception>
    public static float[] ToFloatArray(this DataColumn column) => Array.ConvertAll(column.ToDoubleArray(), v => (float)v);
}
