// TabularPreprocessor, targets: checking the target columns, inferring the task (sklearn's type_of_target),
// fitting the label encoders and encoding targets as the tensors the task's loss expects
//   binary      (rows, 1) 0 / 1 codes       BinaryCrossentropy on one sigmoid output
//   multiclass  (rows) codes 0 … k−1        SparseCategoricalCrossentropy on k softmax outputs
//   multilabel  (rows, targets) 0 / 1       BinaryCrossentropy on one sigmoid output per target
//   regression  (rows, targets) values      MeanSquaredError on linear outputs
using System.Globalization;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Data.Modeling;

public sealed partial class TabularPreprocessor
{
    /// <summary>The task scikit-learn's <c>type_of_target</c> would see in the target column(s) of <paramref name="table"/>.</summary>
    /// <param name="table">Rows with the target columns.</param>
    /// <param name="targets">The target columns.</param>
    /// <exception cref="ArgumentException">A target does not exist, or several targets mix kinds so that no task fits.</exception>
    public static TabularTask InferTask(DataTable table, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckTargets(table, targets);
        TabularTask[] each = [.. targets.Select(t => InferOne(table[t]))];
        if (each.Length == 1)
        {
            return each[0];
        }

        if (each.All(t => t == TabularTask.Binary))
        {
            return TabularTask.Multilabel;
        }

        return targets.All(t => table[t].Kind == ColumnKind.Numeric)
            ? TabularTask.Regression
            : throw new ArgumentException($"Targets {string.Join(", ", targets)} fit no task: several targets must each have two classes (multilabel) or all be numeric (regression).", nameof(targets));
    }

    private static TabularTask InferOne(DataColumn target)
    {
        int classes = ColumnValues.Levels(target).Levels.Length;
        if (target is NumericColumn numeric)
        {
            foreach (double v in numeric.Values)
            {
                if (!double.IsNaN(v) && v != Math.Floor(v))
                {
                    return TabularTask.Regression;
                }
            }
        }

        return classes <= 2 ? TabularTask.Binary : TabularTask.Multiclass;
    }

    private static void CheckTargets(DataTable table, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            throw new ArgumentException("Give at least one target column.", nameof(targets));
        }

        foreach (string target in targets)
        {
            if (!table.Contains(target))
            {
                throw new ArgumentException($"The target column '{target}' does not exist in {Describe(table).ToLowerInvariant()}; the columns are {string.Join(", ", table.ColumnNames)}.", nameof(targets));
            }
        }

        if (targets.Distinct(StringComparer.Ordinal).Count() != targets.Count || targets.Count == table.Columns.Count)
        {
            throw new ArgumentException($"Targets {string.Join(", ", targets)} must be distinct and leave at least one feature column.", nameof(targets));
        }
    }

    private static LabelEncoder[] FitTargets(DataTable train, IReadOnlyList<string> targets, TabularTask task)
    {
        if (targets.Count > 1 && task is TabularTask.Binary or TabularTask.Multiclass)
        {
            throw new ArgumentException($"A {task.ToString().ToLowerInvariant()} task has one target; received {string.Join(", ", targets)}. Use Multilabel for several two-class targets.", nameof(targets));
        }

        if (task == TabularTask.Regression)
        {
            foreach (string t in targets)
            {
                DataColumn column = train[t];
                if (column.Kind != ColumnKind.Numeric || column.MissingCount > 0)
                {
                    throw new ArgumentException(column.Kind != ColumnKind.Numeric
                        ? $"Regression needs numeric targets; '{t}' is {column.Kind.ToString().ToLowerInvariant()}."
                        : $"The target '{t}' has {column.MissingCount} missing value(s); drop those rows first.", nameof(targets));
                }
            }

            return [];
        }

        var encoders = new LabelEncoder[targets.Count];
        for (int i = 0; i < encoders.Length; i++)
        {
            encoders[i] = new LabelEncoder().Fit(train[targets[i]]);
            IReadOnlyList<string> classes = encoders[i].Classes;
            if (classes.Count < 2)
            {
                throw new ArgumentException(
                    $"The target '{targets[i]}' has only one class ('{classes.FirstOrDefault()}') in the {train.RowCount} training rows; a classifier needs at least two.", nameof(targets));
            }

            if (task != TabularTask.Multiclass && classes.Count > 2)
            {
                throw new ArgumentException(
                    $"A {task.ToString().ToLowerInvariant()} target has two classes; '{targets[i]}' has {classes.Count} ({string.Join(", ", classes.Take(10))}). Use Multiclass.", nameof(targets));
            }
        }

        return encoders;
    }

    private Tensor EncodeTargets(DataTable rows)
    {
        int n = rows.RowCount, k = _targets.Length;
        if (Task == TabularTask.Multiclass)
        {
            return Tensor.FromLabels(_encoders[0].Transform(rows[_targets[0]]));
        }

        var data = new float[n * k];
        for (int j = 0; j < k; j++)
        {
            DataColumn column = rows[_targets[j]];
            if (Task == TabularTask.Regression)
            {
                if (column is not NumericColumn numeric)
                {
                    throw new PreprocessingException($"The regression target '{column.Name}' must be numeric; received a {column.Kind.ToString().ToLowerInvariant()} column.", column.Name);
                }

                for (int r = 0; r < n; r++)
                {
                    data[r * k + j] = double.IsFinite(numeric[r])
                        ? (float)numeric[r]
                        : throw new PreprocessingException($"The target '{column.Name}' is {(double.IsNaN(numeric[r]) ? "missing" : numeric[r].ToString(CultureInfo.InvariantCulture))} in row {r}; targets must be finite.", column.Name);
                }

                continue;
            }

            int[] codes = _encoders[j].Transform(column);
            for (int r = 0; r < n; r++)
            {
                data[r * k + j] = codes[r];
            }
        }

        return new Tensor(data, new Shape(n, k));
    }
}
