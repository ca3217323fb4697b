// SELU: f(x) = λ x if x > 0 else λ α (e^x − 1);  f'(x) = λ if x ≥ 0 else λ α e^x   (f'(0) = λ, as TensorFlow)
// α = 1.67326324, λ = 1.05070098 (the Keras constants). Klambauer et al. (2017), https://arxiv.org/abs/1706.02515:
// self-normalizing with LecunNormal initialization.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Scaled exponential linear unit with the fixed constants α = 1.67326324, λ = 1.05070098.</summary>
/// <remarks><c>f(x) = λ · (x &gt; 0 ? x : α(eˣ − 1))</c>, <c>f'(x) = λ · (x ≥ 0 ? 1 : α eˣ)</c>.</remarks>
public sealed class Selu : Activation
{
    /// <inheritdoc/>
    public override string Name => "selu";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Selu(x);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.ScaledEluInto(x, Ops.SeluAlpha, Ops.SeluScale, y);
        return true;
    }
}
