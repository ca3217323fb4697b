// ELU: f(x) = x if x > 0 else α (e^x − 1);  f'(x) = 1 if x ≥ 0 else α e^x = f(x) + α
// α = 1.0 by default (Keras). Clevert, Unterthiner & Hochreiter (2015), https://arxiv.org/abs/1511.07289.
// Smooth for α = 1; for other α the kink at 0 takes the right derivative 1 (as TensorFlow).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Exponential linear unit: x for x &gt; 0, else α(eˣ − 1).</summary>
/// <remarks><c>f(x) = x &gt; 0 ? x : α(eˣ − 1)</c>, <c>f'(x) = x ≥ 0 ? 1 : α eˣ</c>.</remarks>
/// <param name="alpha">The negative saturation value −α; default 1.0 (Keras).</param>
public sealed class Elu(double alpha = 1.0) : Activation
{
    /// <summary>The scale α of the negative part.</summary>
    public double Alpha { get; } = double.IsFinite(alpha)
        ? alpha
        : throw new ArgumentException($"Elu expects a finite alpha, received {alpha}.", nameof(alpha));

    /// <inheritdoc/>
    public override string Name => "elu";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Elu(x, Alpha);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.ScaledEluInto(x, Alpha, 1.0, y);
        return true;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["alpha"] = Alpha };
}
