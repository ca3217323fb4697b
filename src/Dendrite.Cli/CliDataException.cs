// CliDataException: the data does not allow what was asked (a target with one class, an all-missing target); exit code 2.
namespace Dendrite.Cli;

/// <summary>The data does not allow what was asked: exit code 2.</summary>
internal sealed class CliDataException(string message) : Exception(message);
