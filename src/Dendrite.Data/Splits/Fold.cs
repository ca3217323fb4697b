namespace Dendrite.Data.Splits;

/// <summary>One split of a table's rows: the training rows and the held-out (test or validation) rows.</summary>
/// <param name="Train">Zero-based indices of the training rows.</param>
/// <param name="Test">Zero-based indices of the held-out rows; disjoint from <paramref name="Train"/>.</param>
public sealed record Fold(int[] Train, int[] Test);
