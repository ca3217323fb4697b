// `dendrite export model.dendrite --format onnx|tfjs --out PATH`: a model file in a format other runtimes load.
//   onnx  a model trained by `dendrite train` (a TabularModel) becomes one ONNX graph with its fitted preprocessing,
//         taking the raw CSV columns (one input per column) and giving "probabilities" and "label" (or
//         "predictions"), as Dendrite.Onnx's TabularModel.ExportOnnx writes it; a plain saved Model exports as its
//         network alone. PATH is the .onnx file.
//   tfjs  the network in the TensorFlow.js layers format: PATH is a folder receiving model.json and the weight
//         shards. The TensorFlow.js format has no place for tabular preprocessing, so for a TabularModel the network
//         takes the preprocessed feature vector, and the fitted preprocessing is written beside it as tabular.json
//         (the same JSON the model file carries) and the command says so; a plain Model is written alone.
// A missing, corrupt or non-model file, and a layer or setting the format cannot hold, are data errors (exit 2)
// naming the file; an unknown format or a missing option is a usage error (exit 1).
using System.CommandLine;
using Dendrite.Data.Modeling;
using Dendrite.Models;
using Dendrite.Onnx;

namespace Dendrite.Cli;

internal static class ExportCommand
{
    /// <summary>The file written beside model.json for a tabular model's preprocessing.</summary>
    public const string PreprocessingFileName = TabularModel.AttachmentName;

    public static Command Create(CliContext context)
    {
        var modelPath = new Argument<string>("model") { Description = "A model file written by 'dendrite train' (or by Model.Save)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "onnx: one .onnx file; for a model from 'dendrite train' the graph includes the preprocessing and takes the raw CSV columns. "
                + "tfjs: a folder with model.json and weight shards of the network only (TensorFlow.js layers format); the preprocessing, which that format cannot hold, is written beside it as tabular.json, and the network takes preprocessed features.",
            Required = true,
        };
        format.AcceptOnlyFromAmong("onnx", "tfjs");
        var output = new Option<string>("--out", "-o") { Description = "The .onnx file (onnx) or the folder (tfjs) to write; replaced if it exists.", Required = true };
        var command = new Command("export", "Export a model file to ONNX (with its preprocessing) or to the TensorFlow.js layers format.") { modelPath, format, output };
        command.SetAction(parsed => context.Guard(parsed, p =>
        {
            string path = p.GetRequiredValue(modelPath);
            string target = p.GetRequiredValue(output);
            context.CurrentFile = path;
            if (!File.Exists(path))
            {
                throw new CliDataException($"'{path}': no such model file.");
            }

            Model model = Model.Load(path, compile: false);
            TabularModel? tabular = model.Attachments.TryGet(TabularModel.AttachmentName, out ReadOnlyMemory<byte> preprocessing) ? TabularModel.Load(path, compile: false) : null;
            try
            {
                return p.GetRequiredValue(format) == "onnx" ? WriteOnnx(context, tabular, model, target) : WriteTfjs(context, tabular, preprocessing, model, target);
            }
            catch (NotSupportedException e)
            {
                throw new CliDataException($"'{path}' cannot be exported: {e.Message}");
            }
        }));
        return command;
    }

    private static int WriteOnnx(CliContext context, TabularModel? tabular, Model model, string target)
    {
        CreateParent(target);
        if (tabular is not null)
        {
            tabular.ExportOnnx(target);
            string outputs = tabular.Task == TabularTask.Regression ? "predictions" : "probabilities, label";
            context.Output.WriteLine($"Wrote {target}: ONNX (opset {OnnxExport.DefaultOpset}) with the preprocessing; inputs are the raw columns {string.Join(", ", tabular.Preprocessing.FeatureColumns)}; outputs {outputs}.");
        }
        else
        {
            model.ExportOnnx(target);
            context.Output.WriteLine($"Wrote {target}: ONNX (opset {OnnxExport.DefaultOpset}) of the network; inputs {string.Join(", ", model.InputNames)}; outputs {string.Join(", ", model.OutputNames)}.");
        }

        return DendriteCli.Success;
    }

    private static int WriteTfjs(CliContext context, TabularModel? tabular, ReadOnlyMemory<byte> preprocessingJson, Model model, string target)
    {
        model.SaveTfjs(target);
        context.Output.WriteLine($"Wrote {Path.Combine(target, "model.json")} and its weight shards: the network in the TensorFlow.js layers format.");
        if (tabular is not null)
        {
            string preprocessing = Path.Combine(target, PreprocessingFileName);
            File.WriteAllBytes(preprocessing, preprocessingJson.ToArray());
            context.Output.WriteLine($"Note: the TensorFlow.js format cannot hold the preprocessing, so the network takes the {tabular.Preprocessing.FeatureCount} preprocessed features, not the raw columns; the fitted preprocessing is in {preprocessing}. Use --format onnx for a model that takes the raw columns.");
        }

        return DendriteCli.Success;
    }

    private static void CreateParent(string file)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
