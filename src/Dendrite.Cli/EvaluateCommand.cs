// `dendrite evaluate model.dendrite data.csv`: the model's loss and task metrics (see Measures) on labelled rows —
// the CSV needs the training feature columns and the target column(s).
using System.CommandLine;
using Dendrite.Data.Csv;
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;

namespace Dendrite.Cli;

internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var modelPath = new Argument<string>("model") { Description = "A model file written by 'dendrite train' (model.dendrite in its run folder)." };
        var data = new Argument<string>("data") { Description = "A CSV with the training feature columns and the target column(s)." };
        var command = new Command("evaluate", "Measure a trained model on labelled rows: loss, accuracy, precision, recall, F1, ROC-AUC (or MAE, RMSE, R²).") { modelPath, data };
        command.SetAction(parsed => context.Guard(parsed, p =>
        {
            string path = p.GetRequiredValue(modelPath), csv = p.GetRequiredValue(data);
            TabularModel model = ModelFiles.Load(context, path);
            context.CurrentFile = csv;
            DataTable rows = CsvFile.Read(csv);
            string[] absent = [.. model.Preprocessing.TargetNames.Where(t => !rows.Contains(t))];
            if (absent.Length > 0)
            {
                throw new CliDataException($"'{csv}' has no target column {string.Join(", ", absent.Select(a => $"'{a}'"))} to evaluate against; the model predicts {string.Join(", ", model.Preprocessing.TargetNames)}.");
            }

            context.Output.WriteLine($"Model {path}: {TrainingRun.Name(model.Task)} {string.Join(", ", model.Preprocessing.TargetNames)}; {rows.RowCount} rows from {csv}");
            Measures.Compute(model, rows).Write(context, $"Rows ({rows.RowCount})");
            return DendriteCli.Success;
        }));
        return command;
    }
}
