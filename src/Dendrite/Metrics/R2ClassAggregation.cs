// R2ClassAggregation: how R2Score combines the scores of several outputs (Keras' class_aggregation,
// scikit-learn's multioutput).
namespace Dendrite.Metrics;

/// <summary>How <see cref="R2Score"/> combines the R² of several outputs (last axis).</summary>
public enum R2ClassAggregation
{
    /// <summary>The unweighted mean of the per-output scores (Keras' <c>"uniform_average"</c>, the default).</summary>
    UniformAverage,

    /// <summary>The mean weighted by each output's total sum of squares (Keras' <c>"variance_weighted_average"</c>).</summary>
    VarianceWeightedAverage,

    /// <summary>No aggregation (Keras' <c>None</c>): per-output scores; the scalar result is their unweighted mean.</summary>
    None,
}
