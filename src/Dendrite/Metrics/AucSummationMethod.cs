// AucSummationMethod: the Riemann sum of Keras' thresholded AUC (summation_method).
namespace Dendrite.Metrics;

/// <summary>How the thresholded <see cref="AUC"/> sums the area between two thresholds.</summary>
public enum AucSummationMethod
{
    /// <summary>Trapezoids for ROC; for PR, Davis &amp; Goadrich's interpolation of true and false positives (Keras' default).</summary>
    Interpolation,

    /// <summary>The lower of the two heights: a lower bound of the area.</summary>
    Minoring,

    /// <summary>The higher of the two heights: an upper bound of the area.</summary>
    Majoring,
}
