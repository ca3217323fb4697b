using System.Globalization;

namespace Dendrite.Data.Exploration;

/// <summary>The Pearson correlation of each numeric feature with a target, strongest (by absolute value) first.</summary>
public sealed class TargetCorrelations
{
    internal TargetCorrelations(string target, string? positiveClass, IReadOnlyList<FeatureCorrelation> features)
    {
        Target = target;
        PositiveClass = positiveClass;
        Features = features;
    }

    /// <summary>The target column's name.</summary>
    public string Target { get; }

    /// <summary>For a two-class target, the class coded 1 (the other is 0); null for a numeric target.</summary>
    public string? PositiveClass { get; }

    /// <summary>The features, sorted by absolute correlation, largest first (undefined correlations last).</summary>
    public IReadOnlyList<FeatureCorrelation> Features { get; }

    /// <summary>The correlation of the feature named <paramref name="name"/>.</summary>
    /// <param name="name">The feature's name.</param>
    public double this[string name] => (Features.FirstOrDefault(f => f.Feature == name)
        ?? throw new KeyNotFoundException($"No correlation for '{name}'; the numeric features are {string.Join(", ", Features.Select(f => f.Feature))}.")).Correlation;

    /// <summary>The table of features, correlations and the number of rows each used.</summary>
    public override string ToString() => TextTable.Render(
        $"Correlation with '{Target}' (Pearson{(PositiveClass is null ? string.Empty : $"; {PositiveClass} = 1")}; rows where both are present)",
        ["feature", "correlation", "rows"],
        Features.Select(f => new[]
        {
            f.Feature, double.IsNaN(f.Correlation) ? "undefined (constant)" : f.Correlation.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture), TextTable.Count(f.Rows),
        }),
        [false, true, true]);
}

/// <summary>One feature of <see cref="TargetCorrelations"/>.</summary>
/// <param name="Feature">The feature column's name.</param>
/// <param name="Correlation">Pearson's r over the rows where feature and target are both present; NaN when either is constant there.</param>
/// <param name="Rows">The number of rows used.</param>
public sealed record FeatureCorrelation(string Feature, double Correlation, int Rows);
