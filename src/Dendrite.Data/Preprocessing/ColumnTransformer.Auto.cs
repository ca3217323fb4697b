// ColumnTransformer.FromTable: the usual tabular preprocessing, chosen from the column kinds of the training table
// (the recipe of scikit-learn's "Column Transformer with Mixed Types" example, with median imputation):
//   "num"   numeric columns     SimpleImputer(median, add_indicator) → StandardScaler (or the chosen scaler,
//                               e.g. PowerTransformer);
//                               the indicator appears only for columns with missing training values
//   "cat"   categorical columns SimpleImputer(most_frequent) → OneHotEncoder(handle_unknown="ignore"),
//                               rare levels grouped when minFrequency / maxCategories are given
//   "bool"  boolean columns     SimpleImputer(most_frequent); they become 0 / 1 in the tensor
// The excluded columns (the target) are left out; nothing else is, so remainder is "drop".
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

public sealed partial class ColumnTransformer
{
    /// <summary>An unfitted column transformer for the column kinds of <paramref name="table"/>: impute and scale numbers, impute and one-hot encode categories, impute booleans.</summary>
    /// <param name="table">The training rows, whose column kinds choose the steps.</param>
    /// <param name="exclude">Columns to leave out (the target); default null = none.</param>
    /// <param name="scaling">The scaler for numeric columns; default <see cref="NumericScaling.Standard"/>.</param>
    /// <param name="numericImputer">How missing numbers are filled; default <see cref="ImputeStrategy.Median"/>.</param>
    /// <param name="addIndicator">Whether numeric columns with missing training values get a missing-indicator column; default true.</param>
    /// <param name="handleUnknown">What the one-hot encoder does with unseen categories; default <see cref="HandleUnknown.Ignore"/> (all zeros).</param>
    /// <param name="minFrequency">Groups categories seen fewer times (a count ≥ 1, or a fraction in (0, 1)) into one infrequent column; default null = no grouping.</param>
    /// <param name="maxCategories">At most this many one-hot columns per categorical column, the infrequent one included; default null = no limit.</param>
    /// <returns>The transformer, to be fitted on the training rows.</returns>
    /// <exception cref="ArgumentException">An excluded column does not exist, or no column is left.</exception>
    public static ColumnTransformer FromTable(
        DataTable table,
        IReadOnlyList<string>? exclude = null,
        NumericScaling scaling = NumericScaling.Standard,
        ImputeStrategy numericImputer = ImputeStrategy.Median,
        bool addIndicator = true,
        HandleUnknown handleUnknown = HandleUnknown.Ignore,
        double? minFrequency = null,
        int? maxCategories = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(scaling), true, nameof(scaling));
        foreach (string name in exclude ?? [])
        {
            if (!table.Contains(name))
            {
                throw new ArgumentException($"ColumnTransformer.FromTable: the excluded column '{name}' is not in the table; the columns are {string.Join(", ", table.ColumnNames)}.", nameof(exclude));
            }
        }

        var excluded = new HashSet<string>(exclude ?? [], StringComparer.Ordinal);
        DataColumn[] features = [.. table.Columns.Where(c => !excluded.Contains(c.Name))];
        if (features.Length == 0)
        {
            throw new ArgumentException("ColumnTransformer.FromTable: no feature columns are left after excluding " + string.Join(", ", excluded) + ".", nameof(table));
        }

        var entries = new List<ColumnTransformerEntry>();
        string[] numeric = Names(features, ColumnKind.Numeric);
        if (numeric.Length > 0)
        {
            Transformer[] steps = scaling switch
            {
                NumericScaling.Standard => [new SimpleImputer(numericImputer, addIndicator: addIndicator), new StandardScaler()],
                NumericScaling.MinMax => [new SimpleImputer(numericImputer, addIndicator: addIndicator), new MinMaxScaler()],
                NumericScaling.Robust => [new SimpleImputer(numericImputer, addIndicator: addIndicator), new RobustScaler()],
                NumericScaling.Power => [new SimpleImputer(numericImputer, addIndicator: addIndicator), new PowerTransformer()],
                _ => [new SimpleImputer(numericImputer, addIndicator: addIndicator)],
            };
            entries.Add(new ColumnTransformerEntry("num", steps, numeric));
        }

        string[] categorical = Names(features, ColumnKind.Categorical);
        if (categorical.Length > 0)
        {
            entries.Add(new ColumnTransformerEntry(
                "cat",
                [new SimpleImputer(ImputeStrategy.MostFrequent), new OneHotEncoder(handleUnknown, minFrequency, maxCategories)],
                categorical));
        }

        string[] boolean = Names(features, ColumnKind.Boolean);
        if (boolean.Length > 0)
        {
            entries.Add(new ColumnTransformerEntry("bool", [new SimpleImputer(ImputeStrategy.MostFrequent)], boolean));
        }

        return new ColumnTransformer(entries);
    }

    private static string[] Names(DataColumn[] columns, ColumnKind kind) => [.. columns.Where(c => c.Kind == kind).Select(c => c.Name)];
}
