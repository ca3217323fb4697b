// `dendrite train data.csv --target COL [options]`: the options, their defaults and their checks (a bad value is a
// usage error, exit 1, reported by System.CommandLine's validators); TrainingRun does the work.
using System.CommandLine;
using System.Globalization;
using Dendrite.Data.Modeling;

namespace Dendrite.Cli;

internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Argument<string>("data") { Description = "The CSV file with the features and the target column(s)." };
        var target = new Option<string>("--target", "-t") { Description = "The target column; several comma-separated columns for a multilabel (or multi-output regression) target.", Required = true };
        var task = new Option<string>("--task") { Description = "What to predict; auto infers it from the target (see README).", DefaultValueFactory = _ => "auto" };
        task.AcceptOnlyFromAmong("auto", "binary", "multiclass", "multilabel", "regression");
        var hidden = new Option<int[]>("--hidden")
        {
            Description = "Hidden layer widths, comma-separated (ReLU layers).",
            DefaultValueFactory = _ => [64, 32],
            CustomParser = result => ParseWidths(result.Tokens.Count == 0 ? "" : result.Tokens[0].Value, result),
        };
        var dropout = Number("--dropout", "Dropout rate after each hidden layer, in [0, 1).", 0.0, v => v is >= 0 and < 1);
        var epochs = Count("--epochs", "The most epochs to train (early stopping may end sooner).", 100, 1);
        var batchSize = Count("--batch-size", "Rows per gradient step.", 32, 1);
        var learningRate = Number("--learning-rate", "Adam's learning rate, > 0.", 0.001, v => v > 0 && double.IsFinite(v));
        var validationSplit = Number("--validation-split", "Fraction of the training rows (the last ones) held out for validation and early stopping, in [0, 1).", 0.2, v => v is >= 0 and < 1);
        var patience = Count("--patience", "Epochs without a better validation loss before stopping (0 = no early stopping); the best weights are restored.", 10, 0);
        var testSplit = Number("--test-split", "Fraction of the rows held out for the final test, in (0, 1); stratified for classification.", 0.2, v => v is > 0 and < 1);
        var seed = new Option<int>("--seed") { Description = "Seeds the split, the weights, dropout and shuffling.", DefaultValueFactory = _ => 42 };
        var classWeights = new Option<bool>("--class-weights") { Description = "Weigh each class by rows / (classes · class rows) against imbalance (binary and multiclass)." };
        var positive = new Option<string>("--positive")
        {
            Description = "Binary targets: the class whose precision, recall, F1, ROC and precision-recall curves are reported. Default: the second class in sorted order (printed).",
        };
        var output = new Option<string>("--out", "-o") { Description = "The folder in which the run folder <data>-<timestamp>/ is created.", DefaultValueFactory = _ => "runs" };
        var command = new Command("train", "Train a neural network on a CSV: preprocessing from the column kinds, an MLP, early stopping, a test evaluation and a run folder.")
        {
            data, target, task, hidden, dropout, epochs, batchSize, learningRate, validationSplit, patience, testSplit, seed, classWeights, positive, output,
        };
        command.SetAction(parsed => context.Guard(parsed, p => TrainingRun.Run(context, new TrainSettings(
            p.GetRequiredValue(data),
            [.. p.GetRequiredValue(target).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            p.GetRequiredValue(task) switch
            {
                "binary" => TabularTask.Binary,
                "multiclass" => TabularTask.Multiclass,
                "multilabel" => TabularTask.Multilabel,
                "regression" => TabularTask.Regression,
                _ => null,
            },
            p.GetRequiredValue(hidden), p.GetValue(dropout), p.GetValue(epochs), p.GetValue(batchSize), p.GetValue(learningRate),
            p.GetValue(validationSplit), p.GetValue(patience), p.GetValue(testSplit), p.GetValue(seed), p.GetValue(classWeights), p.GetValue(positive), p.GetRequiredValue(output)))));
        return command;
    }

    private static int[] ParseWidths(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var widths = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out widths[i]) || widths[i] < 1)
            {
                result.AddError($"--hidden expects positive layer widths separated by commas (e.g. 64,32); received '{text}'.");
                return [];
            }
        }

        return widths;
    }

    // Options parsed by hand so that one message says what is expected, whether the text is not a number or out of range.
    private static Option<double> Number(string name, string description, double defaultValue, Func<double, bool> valid) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 0 ? defaultValue.ToString(CultureInfo.InvariantCulture) : result.Tokens[0].Value;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !valid(value))
            {
                result.AddError($"{name}: {description} Received '{text}'.");
            }

            return value;
        },
    };

    private static Option<int> Count(string name, string description, int defaultValue, int minimum) => new(name)
    {
        Description = $"{description} At least {minimum}.",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 0 ? defaultValue.ToString(CultureInfo.InvariantCulture) : result.Tokens[0].Value;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < minimum)
            {
                result.AddError($"{name} expects a whole number of at least {minimum}; received '{text}'.");
            }

            return value;
        },
    };
}
