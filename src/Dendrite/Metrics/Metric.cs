// Metric: a stateful measure accumulated over batches (Keras' update_state / result / reset_state).
// Metrics are not differentiated; they read predictions as doubles.
// A string converts to a metric through MetricRegistry ("accuracy", "mae", …), so
// Compile(metrics: ["accuracy"]) reads as in Keras; "accuracy" is resolved from the loss at Compile.
using Dendrite.Tensors;

namespace Dendrite.Metrics;

/// <summary>A measure of model quality accumulated over batches: update, read, reset.</summary>
public abstract class Metric
{
    /// <summary>Creates a metric.</summary>
    /// <param name="name">The log key, e.g. <c>accuracy</c>.</param>
    protected Metric(string name)
    {
        Name = name;
    }

    /// <summary>The log key, e.g. <c>accuracy</c> (and <c>val_accuracy</c> on validation data).</summary>
    public string Name { get; }

    /// <summary>Accumulates one batch.</summary>
    /// <param name="yTrue">The targets.</param>
    /// <param name="yPred">The predictions.</param>
    /// <param name="sampleWeight">Per-sample weights; default null = 1.</param>
    public abstract void UpdateState(Tensor yTrue, Tensor yPred, Tensor? sampleWeight = null);

    /// <summary>The value over everything accumulated since the last reset.</summary>
    public abstract double Result();

    /// <summary>Forgets everything accumulated.</summary>
    public abstract void ResetState();

    /// <summary>Looks up a metric by its Keras name (<c>"accuracy"</c>, <c>"mae"</c>, …).</summary>
    /// <param name="name">The name; the error lists the valid ones.</param>
    public static implicit operator Metric(string name) => MetricRegistry.Create(name);

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Result():G4}";
}
