// InferenceStep: a layer's forward pass for prediction, written into an output buffer its caller owns.
// Layer.Call returns a new tensor each time and records itself on the gradient tape; for one row through a
// small network those objects cost more than the arithmetic. A step computes the same values with the same
// kernels (bit-identical to Call with training = false) into a buffer that Predict allocates once per input
// shape and reuses (Training/InferencePlan.cs). A step is made for one input shape and used by one thread at a
// time; it reads the layer's weights when it runs, so new weight values are seen, and reports a layer whose
// structure changed since (e.g. rebuilt for another input width) instead of running on it.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A layer's inference forward pass into a caller-owned output of a fixed shape.</summary>
internal abstract class InferenceStep
{
    /// <summary>The step of a layer that passes its input on unchanged at inference (Input, dropout and noise layers): no buffer, no work.</summary>
    public static InferenceStep Identity { get; } = new IdentityStep();

    /// <summary>The shape of the output, with the batch axis: the caller's buffer for <see cref="Run"/>.</summary>
    public abstract Shape OutputShape { get; }

    /// <summary>Writes the layer's output for <paramref name="inputs"/> (of the shapes the step was made for) into <paramref name="y"/>, overwriting all of it.</summary>
    /// <param name="inputs">The input batch: one tensor, or one per input of a merge layer.</param>
    /// <param name="y">The output buffer, of <see cref="OutputShape"/>, none of the inputs.</param>
    /// <returns>False, with <paramref name="y"/> unspecified, when the layer's structure changed since the step was made: make a new step.</returns>
    public abstract bool Run(ReadOnlySpan<Tensor> inputs, Tensor y);

    private sealed class IdentityStep : InferenceStep
    {
        public override Shape OutputShape => throw new InvalidOperationException("The identity step has no output buffer: its output is its input.");

        public override bool Run(ReadOnlySpan<Tensor> inputs, Tensor y) => throw new InvalidOperationException("The identity step does not run: its output is its input.");
    }
}
