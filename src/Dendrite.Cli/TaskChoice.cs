// TaskChoice: what `dendrite train --task auto` makes of the target column(s).
//   one target, text or boolean     2 classes → binary, more → multiclass
//   one numeric target              any value not a whole number → regression; otherwise ≤ 2 distinct values →
//                                   binary, ≤ 20 → multiclass (codes such as 0…9), more → regression (counts, prices)
//   several targets (--target a,b)  each with two classes → multilabel; all numeric → regression (one output each)
// A multilabel target is given as several two-class columns (one per label, e.g. is_adelie,is_male), never as one
// column of separated labels: that is what the tabular model encodes. scikit-learn's type_of_target calls any
// whole-number target multiclass; the limit of 20 distinct values is ours, so that a count is regressed.
// A target with one class, or with no present value, cannot be learned: a data error naming the column.
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;

namespace Dendrite.Cli;

internal static class TaskChoice
{
    public const int MaxWholeNumberClasses = 20;

    public static TabularTask Infer(DataTable table, IReadOnlyList<string> targets)
    {
        TabularTask[] each = [.. targets.Select(t => InferOne(table, t))];
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
            : throw new CliDataException($"Targets {string.Join(", ", targets)} fit no task: several targets must each have two classes (multilabel) or all be numeric (regression).");
    }

    /// <summary>Checks that a classification target has at least two classes.</summary>
    public static void RequireClasses(DataTable table, IReadOnlyList<string> targets, TabularTask task)
    {
        if (task == TabularTask.Regression)
        {
            return;
        }

        foreach (string target in targets)
        {
            string[] levels = Levels(table[target]);
            if (levels.Length < 2)
            {
                throw new CliDataException($"'{table.Source}': the target '{target}' has only one class ('{levels.FirstOrDefault()}') in {table.RowCount} rows; a classifier needs at least two.");
            }
        }
    }

    private static TabularTask InferOne(DataTable table, string target)
    {
        DataColumn column = table[target];
        string[] levels = Levels(column);
        if (levels.Length == 0)
        {
            throw new CliDataException($"'{table.Source}': the target '{target}' is missing in every row.");
        }

        if (column is NumericColumn numeric)
        {
            bool whole = true;
            foreach (double v in numeric.Values)
            {
                whole &= double.IsNaN(v) || v == Math.Floor(v);
            }

            if (!whole || levels.Length > MaxWholeNumberClasses)
            {
                return TabularTask.Regression;
            }
        }

        return levels.Length <= 2 ? TabularTask.Binary : TabularTask.Multiclass;
    }

    private static string[] Levels(DataColumn column) =>
        [.. Enumerable.Range(0, column.Length).Where(r => !column.IsMissing(r)).Select(column.Format).Distinct(StringComparer.Ordinal)];
}
