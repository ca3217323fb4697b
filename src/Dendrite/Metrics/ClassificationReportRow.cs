// ClassificationReportRow: one line of a ClassificationReport as data (scikit-learn's output_dict entry):
// a class, or the macro / weighted average, with its precision, recall, F1 and support.
namespace Dendrite.Metrics;

/// <summary>Precision, recall, F1 score and support of one class or one average of a <see cref="ClassificationReport"/>.</summary>
/// <param name="name">The class name, or <c>macro avg</c> / <c>weighted avg</c>.</param>
/// <param name="precision">tp / (tp + fp), 0 when nothing was predicted as the class.</param>
/// <param name="recall">tp / (tp + fn), 0 when the class never occurs.</param>
/// <param name="f1Score">2 · precision · recall / (precision + recall), 0 when both are 0.</param>
/// <param name="support">The samples whose true class it is (all samples for an average).</param>
public sealed class ClassificationReportRow(string name, double precision, double recall, double f1Score, int support)
{
    /// <summary>The class name, or <c>macro avg</c> / <c>weighted avg</c>.</summary>
    public string Name { get; } = name;

    /// <summary>tp / (tp + fp); 0 when nothing was predicted as the class.</summary>
    public double Precision { get; } = precision;

    /// <summary>tp / (tp + fn); 0 when the class never occurs.</summary>
    public double Recall { get; } = recall;

    /// <summary>The harmonic mean of precision and recall (scikit-learn's <c>f1-score</c>).</summary>
    public double F1Score { get; } = f1Score;

    /// <summary>The samples whose true class it is (all samples for an average).</summary>
    public int Support { get; } = support;
}
