// F1Score, as Keras 3 keras.metrics.F1Score: FBetaScore with β = 1, the harmonic mean of precision and recall,
//   F1 = 2·P·R / (P + R).   Averaging, thresholds and inputs are FBetaScore's.
namespace Dendrite.Metrics;

/// <summary>The F1 score: the harmonic mean of precision and recall, per class or averaged.</summary>
/// <remarks><c>F1 = 2 · precision · recall / (precision + recall)</c>.</remarks>
/// <param name="average">How per-class scores combine; default <see cref="ScoreAverage.None"/> (Keras' default).</param>
/// <param name="threshold">Predictions above it are positive, in (0, 1]; default null = the argmax of each row.</param>
/// <param name="name">The log key; default <c>f1_score</c>.</param>
public sealed class F1Score(ScoreAverage average = ScoreAverage.None, double? threshold = null, string name = "f1_score")
    : FBetaScore(average, beta: 1.0, threshold, name);
