// PreprocessingException: rows that preprocessing cannot transform — a column the fitted preprocessing needs is
// absent, a category it never saw (with handleUnknown Error), text in a column that was numeric in training, a
// missing value where none may be. The message names the column (and the row and value where there is one).
namespace Dendrite.Data.Preprocessing;

/// <summary>Rows do not fit the fitted preprocessing: an absent column, an unknown category, a value of the wrong kind.</summary>
public sealed class PreprocessingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the column, row and value where known.</param>
    /// <param name="column">The column concerned; default null.</param>
    public PreprocessingException(string message, string? column = null)
        : base(message) => Column = column;

    /// <summary>The column concerned, or null.</summary>
    public string? Column { get; }
}
