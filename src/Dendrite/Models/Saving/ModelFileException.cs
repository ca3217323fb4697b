// ModelFileException: the one error a model or weights file that cannot be read gives — truncated,
// corrupted (a SHA-256 or structure check failed), foreign (not a zip, or a zip without our entries),
// written by a newer format, or not matching the model it is loaded into. The message names the file
// and what is wrong; any lower-level error (zip, JSON) is kept as the inner exception.
namespace Dendrite.Models.Saving;

/// <summary>A model or weights file could not be read: truncated, corrupted, foreign, newer, or not matching the model.</summary>
public sealed class ModelFileException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="problem">What is wrong, e.g. <c>entry 'weights.safetensors' fails its SHA-256 check</c>.</param>
    /// <param name="inner">The lower-level error, if any; default null.</param>
    public ModelFileException(string path, string problem, Exception? inner = null)
        : base($"Cannot load '{path}': {problem}", inner)
    {
        FilePath = path;
        Problem = problem;
    }

    /// <summary>The file that could not be read.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
