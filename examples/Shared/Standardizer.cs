// Standardizer: z = (x − mean) / std per column, as scikit-learn's StandardScaler: mean and the population
// standard deviation (ddof = 0) are fitted on the training rows only, so nothing of the test rows leaks into
// training; a constant column (std = 0) is left centred, divided by 1. Columns not chosen (e.g. one-hot
// indicators) pass through unchanged.
using Dendrite.Tensors;

namespace Dendrite.Examples;

/// <summary>Per-column standardisation fitted on training rows: z = (x − mean) / std.</summary>
public sealed class Standardizer
{
    private Standardizer(double[] mean, double[] std)
    {
        Mean = mean;
        Std = std;
    }

    /// <summary>The fitted mean of each column (0 for a column that passes through).</summary>
    public IReadOnlyList<double> Mean { get; }

    /// <summary>The fitted standard deviation of each column (1 for a column that passes through or is constant).</summary>
    public IReadOnlyList<double> Std { get; }

    /// <summary>Fits the mean and standard deviation of columns over the given rows.</summary>
    /// <param name="x">The data, one array per row, every row the same length.</param>
    /// <param name="rows">The rows to fit on (the training rows).</param>
    /// <param name="columns">The columns to standardise; default null = all; the others pass through.</param>
    /// <returns>The fitted standardizer.</returns>
    /// <exception cref="ArgumentException">No rows are given, or a column index is out of range.</exception>
    public static Standardizer Fit(double[][] x, IReadOnlyList<int> rows, IReadOnlyList<int>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0 || x.Length == 0)
        {
            throw new ArgumentException("Standardizer.Fit needs at least one row.", nameof(rows));
        }

        int d = x[0].Length;
        var scaled = new HashSet<int>(columns ?? Enumerable.Range(0, d));
        if (scaled.Any(j => j < 0 || j >= d))
        {
            throw new ArgumentException($"Standardizer.Fit: column indices must be in [0, {d}), received {string.Join(", ", scaled)}.", nameof(columns));
        }

        var mean = new double[d];
        var std = new double[d];
        for (int j = 0; j < d; j++)
        {
            std[j] = 1;
            if (scaled.Contains(j))
            {
                mean[j] = rows.Average(r => x[r][j]);
                double sd = Math.Sqrt(rows.Average(r => Math.Pow(x[r][j] - mean[j], 2)));
                std[j] = sd == 0 ? 1 : sd;
            }
        }

        return new Standardizer(mean, std);
    }

    /// <summary>Standardises the chosen rows into a (rows, columns) tensor.</summary>
    /// <param name="x">The data, one array per row, with the fitted number of columns.</param>
    /// <param name="rows">The rows to take, in order.</param>
    /// <returns>The standardised rows.</returns>
    public Tensor Transform(double[][] x, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rows);
        int d = Mean.Count;
        var data = new float[rows.Count, d];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < d; j++)
            {
                data[i, j] = (float)((x[rows[i]][j] - Mean[j]) / Std[j]);
            }
        }

        return data;
    }
}
