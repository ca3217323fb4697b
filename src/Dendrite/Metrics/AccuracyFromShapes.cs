// AccuracyFromShapes: "accuracy" for a loss that does not say which accuracy it means (MSE, Huber, a custom
// loss). Keras 3 (compile_utils.get_metric) decides from the shapes of the first batch:
//   y_pred has one column                                   → BinaryAccuracy (threshold 0.5)
//   y_true has fewer axes than y_pred, or one column for many → SparseCategoricalAccuracy
//   otherwise                                               → CategoricalAccuracy
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>The accuracy Keras 3 picks from the shapes of targets and predictions, chosen on the first batch.</summary>
/// <param name="name">The log key; default <c>accuracy</c>.</param>
internal sealed class AccuracyFromShapes(string name = "accuracy") : Metric(name)
{
    private Metric? _resolved;

    /// <summary>The metric chosen on the first batch, or null before it.</summary>
    public Metric? Resolved => _resolved;

    public override void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        _resolved ??= Choose(yTrue.Shape, yPred.Shape, Name);
        _resolved.UpdateState(yTrue, yPred, sampleWeight);
    }

    public override double Result() => _resolved?.Result() ?? 0.0;

    public override void ResetState() => _resolved?.ResetState();

    internal static Metric Choose(Shape yTrue, Shape yPred, string name)
    {
        int predColumns = yPred.Rank < 2 ? 1 : yPred[^1];
        int trueColumns = yTrue.Rank < 2 ? 1 : yTrue[^1];
        if (predColumns == 1)
        {
            return new BinaryAccuracy(name);
        }

        return yTrue.Rank < yPred.Rank || trueColumns == 1 ? new SparseCategoricalAccuracy(name) : new CategoricalAccuracy(name);
    }
}
