// `dendrite predict model.dendrite data.csv [--out predictions.csv]`: one output row per input row, in order —
// classification: predicted_<target> (the label at the model's threshold / arg-max) then probability_<class> for each
// class (binary, multiclass) or probability_<target> per label (multilabel); regression: predicted_<target>. The
// target column(s) may be in the CSV (ignored); other columns must match the training schema. Categories never seen
// in training are encoded as all zeros (one-hot, handle_unknown="ignore") and named in a warning. With --out the
// file is written to a temporary file beside it and renamed over it, so a reader never sees a half-written file;
// without --out the CSV goes to standard output.
using System.CommandLine;
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;

namespace Dendrite.Cli;

internal static class PredictCommand
{
    public static Command Create(CliContext context)
    {
        var modelPath = new Argument<string>("model") { Description = "A model file written by 'dendrite train'." };
        var data = new Argument<string>("data") { Description = "A CSV with the training feature columns (raw: text categories, empty cells for missing)." };
        var output = new Option<string?>("--out", "-o") { Description = "The CSV file to write (replaced atomically); default: standard output." };
        var command = new Command("predict", "Predict raw CSV rows with a trained model: labels and class probabilities, or values.") { modelPath, data, output };
        command.SetAction(parsed => context.Guard(parsed, p =>
        {
            TabularModel model = ModelFiles.Load(context, p.GetRequiredValue(modelPath), compile: false);
            string csv = p.GetRequiredValue(data);
            context.CurrentFile = csv;
            DataTable rows = CsvFile.Read(csv);
            WarnUnseen(context, model.Preprocessing, rows, csv);
            TabularPredictions predictions = model.Predict(rows);
            string? path = p.GetValue(output);
            if (path is null)
            {
                PredictionsCsv.Write(context.Output, model.Preprocessing, predictions);
                return DendriteCli.Success;
            }

            context.CurrentFile = path;
            PredictionsCsv.WriteFile(path, model.Preprocessing, predictions);
            context.Output.WriteLine($"Wrote {rows.RowCount} predictions of {string.Join(", ", model.Preprocessing.TargetNames)} to {path}");
            return DendriteCli.Success;
        }));
        return command;
    }

    private static void WarnUnseen(CliContext context, TabularPreprocessor prep, DataTable rows, string csv)
    {
        foreach (ColumnTransformerEntry entry in prep.Features.Entries)
        {
            if (entry.Steps.OfType<OneHotEncoder>().FirstOrDefault() is not { } encoder)
            {
                continue;
            }

            for (int i = 0; i < entry.Columns.Count; i++)
            {
                string name = entry.Columns[i];
                if (!rows.Contains(name))
                {
                    continue; // the schema check names it
                }

                DataColumn column = rows[name];
                var known = new HashSet<string>(encoder.Categories[i], StringComparer.Ordinal);
                int[] unseen = [.. Enumerable.Range(0, column.Length).Where(r => !column.IsMissing(r) && !known.Contains(column.Format(r)))];
                if (unseen.Length > 0)
                {
                    string[] levels = [.. unseen.Select(column.Format).Distinct(StringComparer.Ordinal).Take(5)];
                    context.Error.WriteLine($"warning: '{csv}', column '{name}': {unseen.Length} row(s) (first: row {unseen[0]}) hold categories not seen in training ({string.Join(", ", levels)}); they are encoded as no known category.");
                }
            }
        }
    }
}
