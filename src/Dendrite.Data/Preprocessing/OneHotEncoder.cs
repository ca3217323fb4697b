// OneHotEncoder, as scikit-learn's sklearn.preprocessing.OneHotEncoder (1.x documentation and _encoders.py):
//   categories   learned from the training rows and sorted (text ordinally, numbers numerically);
//   output       one 0/1 column per category, named "<feature>_<category>" (feature_name_combiner "concat");
//   handle_unknown  "error" (default): an unseen category is an error; "ignore": the row's block is all zeros;
//                "infrequent_if_exist": it maps to the infrequent column when there is one.
//   min_frequency (default None): an int n makes categories seen fewer than n times infrequent; a float f in
//                (0, 1) those seen fewer than f·n_samples times.
//   max_categories (default None): at most this many output columns per feature, the infrequent column
//                included: when the frequent categories plus one exceed it, only the max_categories − 1 most
//                frequent stay frequent (sklearn keeps the last of a stable ascending sort by count, so among
//                equal counts the later category in sorted order stays frequent).
//   Infrequent categories share one column placed after the frequent ones; sklearn names it
//   "<feature>_infrequent_sklearn", we name it "<feature>_infrequent".
// Difference: sklearn treats a missing value as a category of its own; here a missing cell is an error that says
// to impute first (the automatic pipeline always does), so a missing value never silently becomes a feature.
using Dendrite.Data.Tables;

namespace Dendrite.Data.Preprocessing;

/// <summary>Encodes each categorical column as one 0/1 column per training category, as scikit-learn's <c>OneHotEncoder</c>.</summary>
/// <remarks>Row with category <c>k</c> → 1 in column <c>feature_k</c>, 0 elsewhere; rare categories optionally share one <c>feature_infrequent</c> column.</remarks>
public sealed partial class OneHotEncoder : Transformer
{
    /// <summary>The name of the shared column of infrequent categories, after the feature name and '_'.</summary>
    public const string InfrequentName = "infrequent";

    private string[][] _categories = [];
    private string[][] _infrequent = [];

    /// <summary>Creates an encoder.</summary>
    /// <param name="handleUnknown">What to do with categories not seen in training; default <see cref="HandleUnknown.Error"/> (sklearn's default).</param>
    /// <param name="minFrequency">Categories seen fewer times are grouped as infrequent: a whole number ≥ 1 is a count, a value in (0, 1) a fraction of the training rows; default null = no minimum.</param>
    /// <param name="maxCategories">At most this many output columns per feature, the infrequent column included; ≥ 1; default null = no limit.</param>
    /// <exception cref="ArgumentOutOfRangeException">minFrequency or maxCategories is out of range.</exception>
    public OneHotEncoder(HandleUnknown handleUnknown = HandleUnknown.Error, double? minFrequency = null, int? maxCategories = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(Enum.IsDefined(handleUnknown), true, nameof(handleUnknown));
        if (minFrequency is double f && !(f > 0 && f < 1) && !(f >= 1 && f == Math.Floor(f) && double.IsFinite(f)))
        {
            throw new ArgumentOutOfRangeException(nameof(minFrequency), f, "OneHotEncoder's minFrequency must be a whole count >= 1 or a fraction in (0, 1).");
        }

        if (maxCategories is int m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(maxCategories));
        }

        HandleUnknown = handleUnknown;
        MinFrequency = minFrequency;
        MaxCategories = maxCategories;
    }

    /// <summary>What happens to categories not seen in training.</summary>
    public HandleUnknown HandleUnknown { get; }

    /// <summary>The minimum frequency of a frequent category (count ≥ 1 or fraction in (0, 1)), or null.</summary>
    public double? MinFrequency { get; }

    /// <summary>The most output columns per feature, or null.</summary>
    public int? MaxCategories { get; }

    /// <summary>Each fitted column's categories in sorted order, frequent and infrequent (sklearn's <c>categories_</c>).</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<IReadOnlyList<string>> Categories => IsFitted ? _categories : throw NotFitted();

    /// <summary>Each fitted column's infrequent categories (empty when none), sklearn's <c>infrequent_categories_</c>.</summary>
    /// <exception cref="InvalidOperationException">Not fitted.</exception>
    public IReadOnlyList<IReadOnlyList<string>> InfrequentCategories => IsFitted ? _infrequent : throw NotFitted();

    private protected override void FitColumns(IReadOnlyList<DataColumn> columns)
    {
        _categories = new string[columns.Count][];
        _infrequent = new string[columns.Count][];
        for (int c = 0; c < columns.Count; c++)
        {
            if (ColumnValues.FirstMissing(columns[c]) is int row and >= 0)
            {
                throw new ArgumentException($"OneHotEncoder: column '{columns[c].Name}' is missing in training row {row}; impute it first (SimpleImputer with ImputeStrategy.MostFrequent or Constant).");
            }

            var (levels, counts) = ColumnValues.Levels(columns[c]);
            _categories[c] = levels;
            _infrequent[c] = Infrequent(levels, counts, columns[c].Length);
        }
    }

    private protected override IReadOnlyList<string> FeatureNamesOut(IReadOnlyList<string> namesIn)
    {
        var names = new List<string>();
        for (int c = 0; c < namesIn.Count; c++)
        {
            names.AddRange(Frequent(c).Select(k => $"{namesIn[c]}_{k}"));
            if (_infrequent[c].Length > 0)
            {
                names.Add($"{namesIn[c]}_{InfrequentName}");
            }
        }

        return names;
    }

    /// <summary>sklearn's _identify_infrequent: the categories below minFrequency, then the least frequent beyond maxCategories − 1.</summary>
    private string[] Infrequent(string[] levels, int[] counts, int samples)
    {
        bool[] infrequent = new bool[levels.Length];
        if (MinFrequency is double f)
        {
            double threshold = f < 1 ? f * samples : f;
            for (int i = 0; i < levels.Length; i++)
            {
                infrequent[i] = counts[i] < threshold;
            }
        }

        int currentFeatures = levels.Length - infrequent.Count(x => x) + 1;
        if (MaxCategories is int max && max < currentFeatures)
        {
            int keep = max - 1;
            // Stable ascending sort by count (OrderBy is stable, like numpy's mergesort); all but the last `keep` become infrequent.
            int[] ascending = [.. Enumerable.Range(0, levels.Length).OrderBy(i => counts[i])];
            foreach (int i in ascending[..^keep])
            {
                infrequent[i] = true;
            }
        }

        return [.. levels.Where((_, i) => infrequent[i])];
    }

    private IEnumerable<string> Frequent(int column) => _categories[column].Except(_infrequent[column], StringComparer.Ordinal);
}
