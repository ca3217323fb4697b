// Layer, inference steps (InferenceStep.cs): a built-in layer whose forward pass at inference can write into a
// preallocated buffer offers a step for it (a merge layer, for its list of inputs); Predict then runs the step instead of Apply, allocating nothing per
// call. A layer without one (the default) is run through Apply as usual. Only the library's own layers override
// this (it is internal), so a user's subclass always runs its own Call.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public abstract partial class Layer
{
    /// <summary>The inference step of this built layer for inputs of <paramref name="inputShape"/>, or null when the layer has none.</summary>
    /// <param name="inputShape">The input shape, batch axis included, every dimension known, already checked against <see cref="InputShape"/>.</param>
    /// <returns>A step writing Call(x, training: false) into a buffer; <see cref="InferenceStep.Identity"/> when that is x itself; null to run Apply.</returns>
    internal virtual InferenceStep? CreateInferenceStep(Shape inputShape) => null;

    /// <summary>The inference step of this built merge layer for inputs of <paramref name="inputShapes"/>, or null when the layer has none.</summary>
    /// <param name="inputShapes">The input shapes, batch axis included, every dimension known.</param>
    /// <returns>A step writing Call(inputs, training: false) into a buffer; null to run Call.</returns>
    internal virtual InferenceStep? CreateInferenceStep(IReadOnlyList<Shape> inputShapes) => null;
}
