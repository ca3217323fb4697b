// DendriteCli: the `dendrite` command line (System.CommandLine 2.0 for parsing and help, Spectre.Console for tables).
//   dendrite describe data.csv [--target COL]          the exploration tables
//   dendrite train data.csv --target COL [options]     preprocessing + MLP, trained, evaluated, saved in a run folder
//   dendrite evaluate model.dendrite data.csv          the model's metrics on labelled rows
//   dendrite predict model.dendrite data.csv [--out F] probabilities and labels (or values) per row, as CSV
//   dendrite summary model.dendrite                    the network, its task, targets and input schema
//   dendrite export model.dendrite --format onnx|tfjs --out PATH   ONNX (with the preprocessing) or TensorFlow.js
// Exit codes: 0 done; 1 usage (unknown command or option, a bad or missing option value); 2 a data or model error
// (unreadable CSV or model file, a bad value in a file, a column or target that does not fit). Errors print as one
// line, "error: …", naming the file, row and column the library's exception carries; --verbose adds the stack trace.
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Dendrite.Cli;

/// <summary>The <c>dendrite</c> command line, runnable in-process with an argument array.</summary>
public static class DendriteCli
{
    /// <summary>The exit code of a command that completed.</summary>
    public const int Success = 0;

    /// <summary>The exit code of a usage error: unknown command or option, a missing or invalid option value.</summary>
    public const int UsageError = 1;

    /// <summary>The exit code of a data or model error: a file that cannot be read or does not fit.</summary>
    public const int DataError = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="args">The command line, without the program name, e.g. <c>["train", "loans.csv", "--target", "Status"]</c>.</param>
    /// <param name="output">Where results and help go; default null = the console's standard output.</param>
    /// <param name="error">Where errors and warnings go; default null = the console's standard error.</param>
    /// <returns>0 on success, 1 on a usage error, 2 on a data or model error.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(output, error);
        Command root = BuildCommands(context);
        ParseResult parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var problem in parsed.Errors)
            {
                context.Error.WriteLine($"error: {problem.Message}");
            }

            string command = string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? ["dendrite"] : new[] { "dendrite", parsed.CommandResult.Command.Name });
            context.Error.WriteLine($"Run '{command} --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
    }

    // A plain command named "dendrite" rather than RootCommand, whose name is the running file's (Dendrite.Cli, or
    // testhost in tests); the help and --version options are what RootCommand would add.
    private static Command BuildCommands(CliContext context)
    {
        var root = new Command("dendrite", "Dendrite: explore a CSV, train a tabular neural network on it, evaluate it, predict with it, export it.")
        {
            new HelpOption(),
            new VersionOption(),
            context.Verbose,
        };
        root.Subcommands.Add(DescribeCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(PredictCommand.Create(context));
        root.Subcommands.Add(SummaryCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        return root;
    }
}
