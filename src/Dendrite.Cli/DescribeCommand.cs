// `dendrite describe data.csv [--target COL]`: the exploration tables of Dendrite.Data.Exploration drawn as Spectre
// tables — numeric columns (pandas' describe()), categorical and boolean columns (levels, most frequent first), the
// missing-value report, and with --target the class balance (when the target has at most 20 levels) and each
// numeric feature's Pearson correlation with the target (numeric or boolean targets, or text with two classes).
using System.CommandLine;
using Dendrite.Data.Csv;
using Dendrite.Data.Exploration;
using Dendrite.Data.Tables;

namespace Dendrite.Cli;

internal static class DescribeCommand
{
    private const int MaxBalanceLevels = 20;

    public static Command Create(CliContext context)
    {
        var data = new Argument<string>("data") { Description = "The CSV file (header row, ',' separators, empty fields are missing)." };
        var target = new Option<string?>("--target", "-t") { Description = "The target column: adds its class balance and the correlations with it." };
        var command = new Command("describe", "Print the exploration tables of a CSV file: statistics, levels, missing values, class balance, correlations.") { data, target };
        command.SetAction(parsed => context.Guard(parsed, p => Run(context, p.GetRequiredValue(data), p.GetValue(target))));
        return command;
    }

    private static int Run(CliContext context, string path, string? target)
    {
        context.CurrentFile = path;
        DataTable table = CsvFile.Read(path);
        if (target is not null && !table.Contains(target))
        {
            throw new CliDataException($"'{path}' has no column '{target}'; the columns are {string.Join(", ", table.ColumnNames)}.");
        }

        context.Output.WriteLine($"{path}: {table.RowCount} rows, {table.Columns.Count} columns");
        TableDescription description = table.Describe();
        WriteColumns(context, description);
        MissingValueReport missing = table.MissingValues();
        if (missing.Columns.Count == 0)
        {
            context.Output.WriteLine("No missing values.");
        }
        else
        {
            Tables.Write(context.Ansi, "Missing values", ["column", "missing", "percent"],
                missing.Columns.Select(c => new[] { c.Name, Tables.Count(c.Count), Tables.Percent(c.Percent) }));
            context.Output.WriteLine($"{missing.TotalMissing} missing cells in {missing.RowsWithMissing} rows.");
        }

        if (target is not null)
        {
            WriteTarget(context, table, target);
        }

        return DendriteCli.Success;
    }

    private static void WriteColumns(CliContext context, TableDescription description)
    {
        var numeric = description.Columns.Where(c => c.Kind == ColumnKind.Numeric && !c.AllMissing).ToList();
        if (numeric.Count > 0)
        {
            Tables.Write(context.Ansi, "Numeric columns", ["column", "count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max"],
                numeric.Select(c => new[]
                {
                    c.Name, Tables.Count(c.Count), Tables.Count(c.Missing), Tables.Number(c.Mean), Tables.Number(c.Std),
                    Tables.Number(c.Min), Tables.Number(c.Q25), Tables.Number(c.Median), Tables.Number(c.Q75), Tables.Number(c.Max),
                }));
        }

        var levelled = description.Columns.Where(c => c.Kind != ColumnKind.Numeric).ToList();
        if (levelled.Count > 0)
        {
            Tables.Write(context.Ansi, "Categorical and boolean columns", ["column", "kind", "count", "missing", "levels", "most frequent (count)"],
                levelled.Select(c => new[]
                {
                    c.Name, c.Kind.ToString().ToLowerInvariant(), Tables.Count(c.Count), Tables.Count(c.Missing), Tables.Count(c.Levels.Count),
                    string.Join(", ", c.Levels.Take(5).Select(l => $"{l.Level} ({l.Count})")) + (c.Levels.Count > 5 ? $", … {c.Levels.Count - 5} more" : ""),
                }), leftColumns: 2);
        }

        string[] empty = [.. description.Columns.Where(c => c.AllMissing).Select(c => c.Name)];
        if (empty.Length > 0)
        {
            context.Output.WriteLine($"All missing (no information; remove them before training): {string.Join(", ", empty)}");
        }
    }

    private static void WriteTarget(CliContext context, DataTable table, string target)
    {
        ClassBalance balance = table.ClassBalance(target);
        if (balance.Classes.Count <= MaxBalanceLevels)
        {
            Tables.Write(context.Ansi, $"Class balance of '{target}'", ["class", "count", "percent"],
                balance.Classes.Select(c => new[] { c.Level, Tables.Count(c.Count), Tables.Percent(c.Percent) }));
        }
        else
        {
            context.Output.WriteLine($"'{target}' has {balance.Classes.Count} distinct values: no class balance (a regression target).");
        }

        if (table[target].Kind == ColumnKind.Categorical && balance.Classes.Count != 2)
        {
            context.Output.WriteLine($"Correlations need a numeric target or one with two classes; '{target}' has {balance.Classes.Count}.");
            return;
        }

        TargetCorrelations correlations = table.CorrelationWithTarget(target);
        string coded = correlations.PositiveClass is string positive ? $"; {positive} = 1" : string.Empty;
        Tables.Write(context.Ansi, $"Correlation with '{target}' (Pearson{coded})", ["feature", "correlation", "rows"],
            correlations.Features.Select(f => new[] { f.Feature, double.IsNaN(f.Correlation) ? "" : f.Correlation.ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture), Tables.Count(f.Rows) }));
    }
}
