// CliErrors: exceptions → one readable line and an exit code. A UsageException (an option value that parses but makes
// no sense together with the data, e.g. --task binary for a numeric target with many values, is a data error instead)
// exits 1; everything else exits 2: the library's data and model exceptions (CsvFormatException with file, line and
// column; PreprocessingException with the column; ModelFileException with the file; argument errors naming the target)
// and file-system errors print their message as it is; any other exception is a bug and says so, with its type.
// The stack trace is printed only with --verbose.
using System.CommandLine;
using Dendrite.Data.Csv;
using Dendrite.Data.Preprocessing;
using Dendrite.Models.Saving;

namespace Dendrite.Cli;

internal static class CliErrors
{
    public static int Run(CliContext context, ParseResult parsed, Func<ParseResult, int> body)
    {
        try
        {
            return body(parsed);
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"error: {OneLine(e.Message)}");
            context.Error.WriteLine($"Run 'dendrite {parsed.CommandResult.Command.Name} --help' for usage.");
            return DendriteCli.UsageError;
        }
        catch (Exception e)
        {
            bool expected = e is CsvFormatException or PreprocessingException or ModelFileException or CliDataException
                or IOException or UnauthorizedAccessException or KeyNotFoundException or ArgumentException or FormatException;
            string message = OneLine(e.Message);
            if (context.CurrentFile is string file && e is not CsvFormatException and not ModelFileException && !message.Contains(file, StringComparison.Ordinal))
            {
                message = $"'{file}': {message}";
            }

            context.Error.WriteLine(expected ? $"error: {message}" : $"error: {e.GetType().Name}: {message} (an internal error; please report it)");
            if (parsed.GetValue(context.Verbose))
            {
                context.Error.WriteLine(e.ToString());
            }
            else if (!expected)
            {
                context.Error.WriteLine("Run again with --verbose for the stack trace.");
            }

            return DendriteCli.DataError;
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
