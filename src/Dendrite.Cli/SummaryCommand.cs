// `dendrite summary model.dendrite`: Keras' layer table of the network, then what the model predicts (task, targets,
// classes, threshold) and the raw columns a CSV must have to be predicted (name and kind, in training order).
using System.CommandLine;
using System.Globalization;
using Dendrite.Data.Modeling;

namespace Dendrite.Cli;

internal static class SummaryCommand
{
    public static Command Create(CliContext context)
    {
        var modelPath = new Argument<string>("model") { Description = "A model file written by 'dendrite train'." };
        var command = new Command("summary", "Show a model file: its layers, task, targets, classes and the input columns it expects.") { modelPath };
        command.SetAction(parsed => context.Guard(parsed, p =>
        {
            string path = p.GetRequiredValue(modelPath);
            TabularModel model = ModelFiles.Load(context, path, compile: false);
            TabularPreprocessor prep = model.Preprocessing;
            model.Model.Summary(context.Output);
            var facts = new List<string[]> { new[] { "task", TrainingRun.Name(model.Task) }, new[] { "targets", string.Join(", ", prep.TargetNames) } };
            if (prep.TargetEncoders.Count == 1)
            {
                facts.Add(["classes", string.Join(", ", prep.TargetEncoders[0].Classes)]);
            }

            if (model.Task is TabularTask.Binary or TabularTask.Multilabel)
            {
                facts.Add(["threshold", model.Threshold.ToString("0.###", CultureInfo.InvariantCulture)]);
            }

            facts.Add(["features", $"{prep.FeatureColumns.Count} columns → {prep.FeatureCount} network inputs"]);
            Tables.Write(context.Ansi, $"Model {path}", ["", "value"], facts);
            Tables.Write(context.Ansi, "Input columns", ["column", "kind"],
                prep.FeatureColumns.Select((c, i) => new[] { c, prep.FeatureKinds[i].ToString().ToLowerInvariant() }), leftColumns: 2);
            return DendriteCli.Success;
        }));
        return command;
    }
}
