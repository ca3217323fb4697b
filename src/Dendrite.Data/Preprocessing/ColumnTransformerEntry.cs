namespace Dendrite.Data.Preprocessing;

/// <summary>One entry of a <see cref="ColumnTransformer"/>: a name, the steps applied in order, and the columns they read (sklearn's <c>(name, transformer, columns)</c>).</summary>
public sealed class ColumnTransformerEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="name">The entry's name, the prefix of its output names (<c>name__feature</c>); letters, digits, '_' or '-', not <c>remainder</c>.</param>
    /// <param name="steps">The transformers applied in order, each to the previous one's output (a pipeline); empty = pass the columns through.</param>
    /// <param name="columns">The input columns, in order; at least one.</param>
    /// <exception cref="ArgumentException">The name is not valid, or no column is given.</exception>
    public ColumnTransformerEntry(string name, IReadOnlyList<Transformer> steps, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(columns);
        if (name.Length == 0 || name == "remainder" || name.Contains("__", StringComparison.Ordinal) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"ColumnTransformer entry name '{name}' is not valid: expected ASCII letters, digits, '_' or '-', without '__', and not 'remainder'.", nameof(name));
        }

        if (columns.Count == 0 || columns.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException($"ColumnTransformer entry '{name}' needs at least one non-empty column name.", nameof(columns));
        }

        if (steps.Any(s => s is null))
        {
            throw new ArgumentException($"ColumnTransformer entry '{name}' has a null step.", nameof(steps));
        }

        Name = name;
        Steps = [.. steps];
        Columns = [.. columns];
    }

    /// <summary>The entry's name.</summary>
    public string Name { get; }

    /// <summary>The transformers applied in order.</summary>
    public IReadOnlyList<Transformer> Steps { get; }

    /// <summary>The input columns.</summary>
    public IReadOnlyList<string> Columns { get; }
}
