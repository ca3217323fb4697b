// Leaky ReLU: f(x) = x if x > 0 else s · x;  f'(x) = 1 if x > 0 else s   (f'(0) = s by choice, as TensorFlow)
// s = negative_slope, default 0.2 as Keras 3's keras.activations.leaky_relu (the LeakyReLU layer's default is 0.3).
// Maas et al. (2013). Keeps a small gradient for negative inputs, so units cannot "die".
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Leaky rectified linear unit: x for x &gt; 0, else negativeSlope · x.</summary>
/// <remarks><c>f(x) = x &gt; 0 ? x : s·x</c>, <c>f'(x) = x &gt; 0 ? 1 : s</c>.</remarks>
/// <param name="negativeSlope">The slope s for x &lt; 0; default 0.2 (Keras 3 <c>leaky_relu</c>).</param>
public sealed class LeakyRelu(double negativeSlope = 0.2) : Activation
{
    /// <summary>The slope for negative inputs.</summary>
    public double NegativeSlope { get; } = double.IsFinite(negativeSlope)
        ? negativeSlope
        : throw new ArgumentException($"LeakyRelu expects a finite negativeSlope, received {negativeSlope}.", nameof(negativeSlope));

    /// <inheritdoc/>
    public override string Name => "leaky_relu";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.LeakyRelu(x, NegativeSlope);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.LeakyReluInto(x, NegativeSlope, y);
        return true;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["negative_slope"] = NegativeSlope };
}
