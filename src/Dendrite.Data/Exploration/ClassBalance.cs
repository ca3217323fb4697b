namespace Dendrite.Data.Exploration;

/// <summary>How many rows each class of a target column has (missing targets are counted apart).</summary>
public sealed class ClassBalance
{
    internal ClassBalance(string target, int missing, IReadOnlyList<LevelCount> classes)
    {
        Target = target;
        Missing = missing;
        Classes = classes;
    }

    /// <summary>The target column's name.</summary>
    public string Target { get; }

    /// <summary>The rows whose target is missing (not in any class).</summary>
    public int Missing { get; }

    /// <summary>The classes with their counts and percentages of non-missing rows, most frequent first.</summary>
    public IReadOnlyList<LevelCount> Classes { get; }

    /// <summary>The table of classes, counts and percentages.</summary>
    public override string ToString() => TextTable.Render(
        $"Class balance of '{Target}'" + (Missing > 0 ? $" ({Missing} rows with a missing target left out)" : string.Empty),
        ["class", "count", "percent"],
        Classes.Select(c => new[] { c.Level, TextTable.Count(c.Count), TextTable.Percent(c.Percent) }),
        [false, true, true]);
}
