// UsageException: the command line parses but asks for something impossible (e.g. --hidden 0); exit code 1.
namespace Dendrite.Cli;

/// <summary>The command line makes no sense: exit code 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
