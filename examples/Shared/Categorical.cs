// Categorical: text categories as numbers. Encode gives each distinct value a code in sorted (ordinal) order,
// as scikit-learn's LabelEncoder (iris: setosa 0, versicolor 1, virginica 2); OneHot turns codes into indicator
// rows, as Keras' to_categorical: row r has a 1 in column codes[r] and 0 elsewhere.
namespace Dendrite.Examples;

/// <summary>Label codes and one-hot rows for text categories.</summary>
public static class Categorical
{
    /// <summary>Codes each value by its position among the distinct values, sorted ordinally.</summary>
    /// <param name="values">One text value per row; none may be missing (empty).</param>
    /// <returns>The code of each row and the categories, code = index.</returns>
    /// <exception cref="ArgumentException">A value is missing.</exception>
    public static (int[] Codes, string[] Categories) Encode(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int missing = values.ToList().FindIndex(v => v.Length == 0);
        if (missing >= 0)
        {
            throw new ArgumentException($"Categorical.Encode expects no missing values, found one at row {missing}; drop incomplete rows first.", nameof(values));
        }

        string[] categories = [.. values.Distinct().Order(StringComparer.Ordinal)];
        return ([.. values.Select(v => Array.BinarySearch(categories, v, StringComparer.Ordinal))], categories);
    }

    /// <summary>One indicator row per code: 1 in the code's column, 0 elsewhere.</summary>
    /// <param name="codes">Codes in [0, <paramref name="count"/>).</param>
    /// <param name="count">The number of categories (columns).</param>
    /// <returns>One row of <paramref name="count"/> values per code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A code is outside [0, count).</exception>
    public static double[][] OneHot(IReadOnlyList<int> codes, int count)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return [.. codes.Select((code, r) =>
        {
            if (code < 0 || code >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(codes), code, $"Categorical.OneHot expects codes in [0, {count}), received {code} at row {r}.");
            }

            var row = new double[count];
            row[code] = 1;
            return row;
        })];
    }

    /// <summary>One-hot rows of a text column, with the categories in column order.</summary>
    /// <param name="values">One text value per row; none may be missing.</param>
    /// <returns>The indicator rows and the category of each column.</returns>
    /// <exception cref="ArgumentException">A value is missing.</exception>
    public static (double[][] Rows, string[] Categories) OneHot(IReadOnlyList<string> values)
    {
        var (codes, categories) = Encode(values);
        return (OneHot(codes, categories.Length), categories);
    }
}
