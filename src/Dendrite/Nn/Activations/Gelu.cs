// GELU: f(x) = x Φ(x) = x (1 + erf(x/√2)) / 2;  f'(x) = Φ(x) + x φ(x),  φ(x) = e^(−x²/2) / √(2π)
// approximate: f(x) = x (1 + tanh(√(2/π)(x + 0.044715 x³))) / 2 and its exact derivative.
// Hendrycks & Gimpel (2016), https://arxiv.org/abs/1606.08415. Default approximate = false, as keras.activations.gelu
// (keras.ops.gelu defaults to true; the activation, not the op, is the Keras vocabulary we mirror here).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Gaussian error linear unit: x · Φ(x), or its tanh approximation.</summary>
/// <remarks><c>f(x) = x Φ(x)</c>, <c>f'(x) = Φ(x) + x φ(x)</c>.</remarks>
/// <param name="approximate">Use the tanh approximation; default false, as <c>keras.activations.gelu</c>.</param>
public sealed class Gelu(bool approximate = false) : Activation
{
    /// <summary>Whether the tanh approximation is used.</summary>
    public bool Approximate { get; } = approximate;

    /// <inheritdoc/>
    public override string Name => "gelu";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Gelu(x, Approximate);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.GeluInto(x, Approximate, y);
        return true;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["approximate"] = Approximate };
}
