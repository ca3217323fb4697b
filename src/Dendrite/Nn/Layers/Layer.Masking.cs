// Layer, masks (Keras' masking API, keras/src/layers/layer.py: supports_masking, compute_mask, call(mask=)):
// a mask marks which time steps of a (batch, steps, …) input are real, as a (batch, steps) tensor of 1 (used)
// and 0 (padding). A layer that creates one (Embedding with maskZero, Masking) overrides ComputeMask; a
// layer that uses one (the recurrent layers) overrides Call(x, mask, training); a layer that keeps the steps
// as they are (TimeDistributed) sets SupportsMasking, so the mask it receives passes on. Every other layer
// ends the mask, as Keras' layers with supports_masking = False.
// Models pass masks along: Sequential hands each layer the mask its predecessor computed, a functional
// graph the mask of the node it reads (nodes with several inputs receive none). Masks are data: never
// differentiated.
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public abstract partial class Layer
{
    /// <summary>Whether an incoming mask passes through this layer unchanged; default false (the mask ends here).</summary>
    public virtual bool SupportsMasking => false;

    /// <summary>The mask of this layer's output, from its input and the input's mask (Keras' <c>compute_mask</c>).</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="mask">The input's mask, or null.</param>
    /// <returns>A (batch, steps) tensor of 1 and 0, or null for no mask; the default is <paramref name="mask"/> when <see cref="SupportsMasking"/>, else null.</returns>
    public virtual Tensor? ComputeMask(Tensor x, Tensor? mask) => SupportsMasking ? mask : null;

    /// <summary>The forward computation given the input's mask; the default ignores the mask.</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="mask">The input's mask (batch, steps) of 1 and 0, or null.</param>
    /// <param name="training">True during training; default false.</param>
    public virtual Tensor Call(Tensor x, Tensor? mask, bool training = false) => Call(x, training);
}
