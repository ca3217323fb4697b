// AucCurve: which curve AUC integrates (Keras' curve="ROC" / "PR").
namespace Dendrite.Metrics;

/// <summary>The curve whose area <see cref="AUC"/> computes.</summary>
public enum AucCurve
{
    /// <summary>The receiver operating characteristic: true-positive rate against false-positive rate (Keras <c>"ROC"</c>, the default).</summary>
    Roc,

    /// <summary>Precision against recall (Keras <c>"PR"</c>); the exact form is scikit-learn's average precision.</summary>
    PR,
}
