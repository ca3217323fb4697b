namespace Dendrite.Data.Exploration;

/// <summary>A level of a categorical or boolean column (or a class of a target) with its count and share.</summary>
/// <param name="Level">The label as written in the file (<c>true</c> / <c>false</c> for booleans).</param>
/// <param name="Count">The number of rows with this level.</param>
/// <param name="Percent">The share of non-missing rows with this level, in percent.</param>
public sealed record LevelCount(string Level, int Count, double Percent);
