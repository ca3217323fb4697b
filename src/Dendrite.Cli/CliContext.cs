// CliContext: what every command of one `dendrite` run shares — the output and error writers, a Spectre console on
// the output (colours and live redraw only on a terminal; plain text, 160 columns wide, into files, pipes and tests),
// the --verbose option, and the file being read (so that an error from the library that names only a column and a
// row still says which file).
using System.CommandLine;
using Spectre.Console;

namespace Dendrite.Cli;

internal sealed class CliContext
{
    public CliContext(TextWriter? output, TextWriter? error)
    {
        Output = output ?? Console.Out;
        Error = error ?? Console.Error;
        IsTerminal = output is null && !Console.IsOutputRedirected;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            Ansi.Profile.Width = 160;
        }
    }

    /// <summary>Results and help.</summary>
    public TextWriter Output { get; }

    /// <summary>Errors and warnings.</summary>
    public TextWriter Error { get; }

    /// <summary>Tables and markup, on <see cref="Output"/>.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>Whether the output is an interactive terminal (the progress bar redraws in place there).</summary>
    public bool IsTerminal { get; }

    /// <summary>The global --verbose option.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "On an error, print the exception's stack trace too.",
        Recursive = true,
    };

    /// <summary>The file the command is reading, named in errors whose message does not name it.</summary>
    public string? CurrentFile { get; set; }

    /// <summary>Runs a command's body and turns its exceptions into one-line errors and exit codes.</summary>
    public int Guard(ParseResult parsed, Func<ParseResult, int> body) => CliErrors.Run(this, parsed, body);
}
