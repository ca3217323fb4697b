// Activation: an element-wise (or, for softmax, per-row) non-linearity applied after a layer's affine map.
// Each activation is one file with its formula and derivative; the forward and backward rules are
// recorded on the gradient tape like any op. Use the static instances: Activation.Relu, Activation.Sigmoid…
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>A differentiable non-linearity such as ReLU or sigmoid; use the static instances (<see cref="Relu"/>, …).</summary>
public abstract partial class Activation
{
    /// <summary>The Keras name, e.g. <c>relu</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Applies the activation; recorded on the gradient tape.</summary>
    /// <param name="x">The pre-activations.</param>
    public abstract Tensor Call(Tensor x);

    /// <summary>Writes f(x) into <paramref name="y"/> (x's shape and dtype) with the kernel <see cref="Call"/> uses, without recording:
    /// inference into buffers the caller reuses. False (nothing written) when this activation has no such path.</summary>
    /// <param name="x">The pre-activations.</param>
    /// <param name="y">The destination, not <paramref name="x"/>.</param>
    internal virtual bool CallInto(Tensor x, Tensor y) => false;

    /// <summary>The settings that recreate this activation (e.g. LeakyReLU's alpha).</summary>
    public virtual IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
