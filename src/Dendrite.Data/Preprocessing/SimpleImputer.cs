// SimpleImputer, as scikit-learn's sklearn.impute.SimpleImputer (checked against the 1.x documentation):
//   strategy      default "mean"; mean and median ignore missing values and need numeric data; "most_frequent"
//                 works on any column and, when several values are equally frequent, takes the smallest;
//                 "constant" fills fill_value (default 0 for numbers, "missing_value" for strings).
//   add_indicator default False; when True a MissingIndicator (features="missing-only") is stacked after the
//                 imputed columns: one 0/1 column "missingindicator_<feature>" for each feature that had missing
//                 values at fit time — a feature without missing values at fit gets none, even if later rows miss it.
// Differences: booleans are imputed as booleans (mean / median are refused for them); a column missing in every
// training row is an error here, where sklearn drops it with a warning (keep_empty_features=False) — a silently
// vanishing feature is worse for a model saved and reused than a clear message at fit time.
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Fills missing cells with a statistic of the training rows or a constant, as scikit-learn's <c>SimpleImputer</c>.</summary>
/// <remarks><c>x_missing ← mean | median | most frequent (ties → smallest) | constant</c>, learned per column on the training rows.</remarks>
public sealed partial class SimpleImputer : Transformer
{
    private string?[] _fill = [];
    private bool[] _indicator = [];

    /// <summary>Creates an imputer.</summary>
    /// <param name="strategy">How to fill; default <see cref="ImputeStrategy.Mean"/> (sklearn's default).</param>
    /// <param name="fillValue">The number (or boolean: non-zero = true) for <see cref="ImputeStrategy.Constant"/>; default 0.</param>
    /// <param name="fillText">The category for <see cref="ImputeStrategy.Constant"/>; default <c>missing_value</c>.</param>
    /// <param name="addIndicator">Whether to add a 0/1 <c>missingindicator_&lt;column&gt;</c> column for each column that had missing values at fit time; default false.</param>
    public SimpleImputer(ImputeStrategy strategy = ImputeStrategy.Mean, double fillValue = 0, string fillText = "missing_value", bool addIndicator = false)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(strategy), true, nameof(strategy));
        ArgumentNullException.ThrowIfNull(fillText);
        if (!double.IsFinite(fillValue))
        {
            throw new ArgumentOutOfRangeException(nameof(fillValue), fillValue, "SimpleImputer's fillValue must be finite.");
        }

        Strategy = strategy;
        FillValue = fillValue;
        FillText = fillText;
        AddIndicator = addIndicator;
    }

    /// <summary>How missing cells are filled.</summary>
    public ImputeStrategy Strategy { get; }

    /// <summary>The number used by <see cref="ImputeStrategy.Constant"/>.</summary>
    public double FillValue { get; }

    /// <summary>The category used by <see cref="ImputeStrategy.Constant"/>.</summary>
    public string FillText { get; }

    /// <summary>Whether missing-indicator columns are added.</summary>
    public bool AddIndicator { get; }

    /// <summary>The learned fill value of each fitted column as text (sklearn's <c>statistics_</c>): numbers in invariant round-trip form, booleans as true/false.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<string> StatisticsText => IsFitted ? [.. _fill.Select(f => f!)] : throw NotFitted();

    /// <summary>The fitted columns that get a missing-indicator column (those with missing values at fit time).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<string> IndicatorFeatures => IsFitted ? [.. FeatureNamesIn.Where((_, i) => _indicator[i])] : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        var fill = new string?[columns.Count];
        var indicator = new bool[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            DataColumn column = columns[c];
            int missing = column.MissingCount;
            indicator[c] = AddIndicator && missing > 0;
            if (Strategy != ImputeStrategy.Constant && missing == column.Length)
            {
                throw new ArgumentException(
                    $"SimpleImputer({Strategy}): column '{column.Name}' is missing in all {column.Length} training rows, so there is no value to learn; drop the column or use ImputeStrategy.Constant.");
            }

            fill[c] = Learn(column);
        }

        _fill = fill;
        _indicator = indicator;
    }

    private protected override IReadOnlyList<DataColumn> TransformColumns(IReadOnlyList<DataColumn> columns)
    {
        var output = new List<DataColumn>(columns.Count);
        for (int c = 0; c < columns.Count; c++)
        {
            output.Add(Fill(columns[c], _fill[c]!));
        }

        for (int c = 0; c < columns.Count; c++)
        {
            if (_indicator[c])
            {
                var flags = new double[columns[c].Length];
                for (int r = 0; r < flags.Length; r++)
                {
                    flags[r] = columns[c].IsMissing(r) ? 1 : 0;
                }

                output.Add(new NumericColumn("missingindicator_" + columns[c].Name, flags));
            }
        }

        return output;
    }

    private protected override IReadOnlyList<string> FeatureNamesOut(IReadOnlyList<string> namesIn) =>
        [.. namesIn, .. namesIn.Where((_, i) => _indicator[i]).Select(n => "missingindicator_" + n)];
}
