// ScoreAverage: how F1Score and FBetaScore combine per-class scores (Keras' average=None/"micro"/"macro"/"weighted").
namespace Dendrite.Metrics;

/// <summary>How <see cref="FBetaScore"/> and <see cref="F1Score"/> average their per-class scores.</summary>
public enum ScoreAverage
{
    /// <summary>No averaging (Keras' default, <c>average=None</c>): the scores per class; the scalar result is their unweighted mean.</summary>
    None,

    /// <summary>One score from the total true positives, false positives and false negatives of all classes.</summary>
    Micro,

    /// <summary>The unweighted mean of the per-class scores, blind to class imbalance.</summary>
    Macro,

    /// <summary>The mean of the per-class scores weighted by support (the weight of each class's true labels).</summary>
    Weighted,
}
