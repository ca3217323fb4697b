// Rows: the small row operations the examples need between a CSV table and a tensor: take rows by index,
// join column blocks side by side, copy rows into a (rows, columns) float tensor, and make a (rows, 1) column.
using Dendrite.Tensors;

namespace Dendrite.Examples;

/// <summary>Row selection, column joining and conversion to tensors.</summary>
public static class Rows
{
    /// <summary>The values at the given rows, in that order.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">One value per row.</param>
    /// <param name="rows">The row indices to take.</param>
    /// <returns>A new array with <c>values[rows[i]]</c> at i.</returns>
    public static T[] Take<T>(IReadOnlyList<T> values, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Select(r => values[r])];
    }

    /// <summary>Joins blocks of columns side by side: row r is block 0's row r, then block 1's, ….</summary>
    /// <param name="blocks">Blocks with the same number of rows.</param>
    /// <returns>The joined rows.</returns>
    /// <exception cref="ArgumentException">The blocks differ in their number of rows.</exception>
    public static double[][] Join(params IReadOnlyList<double[][]> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0)
        {
            return [];
        }

        int n = blocks[0].Length;
        if (blocks.Any(b => b.Length != n))
        {
            throw new ArgumentException($"Rows.Join expects blocks with the same number of rows, received {string.Join(", ", blocks.Select(b => b.Length))}.", nameof(blocks));
        }

        return [.. Enumerable.Range(0, n).Select(r => blocks.SelectMany(b => b[r]).ToArray())];
    }

    /// <summary>Copies the chosen rows into a (rows, columns) tensor.</summary>
    /// <param name="x">The data, one array per row.</param>
    /// <param name="rows">The rows to take, in order.</param>
    /// <returns>The tensor.</returns>
    public static Tensor ToTensor(double[][] x, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rows);
        int d = rows.Count == 0 ? 0 : x[rows[0]].Length;
        var data = new float[rows.Count, d];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < d; j++)
            {
                data[i, j] = (float)x[rows[i]][j];
            }
        }

        return data;
    }

    /// <summary>A (values, 1) tensor: one value per row, as targets and predictions of a one-unit output.</summary>
    /// <param name="values">The values, in row order.</param>
    /// <returns>The column tensor.</returns>
    public static Tensor Column(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        float[] data = [.. values.Select(v => (float)v)];
        return new Tensor(data, new Shape(data.Length, 1));
    }
}
