// L1 (Keras 3, keras/src/regularizers/regularizers.py): penalty = l1 · Σ|x|, default l1 = 0.01.
// Its gradient is l1 · sign(x), with the subgradient 0 at x = 0 (Ops.Abs), so it drives weights to exactly 0.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Regularizers;

/// <summary>The L1 penalty l1·Σ|x|, which favours sparse weights.</summary>
/// <remarks><c>penalty = l1 · Σ|x|</c>.</remarks>
public sealed class L1 : Regularizer
{
    /// <summary>Creates an L1 regularizer.</summary>
    /// <param name="l1">The factor, ≥ 0; default 0.01.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l1"/> is negative or not finite.</exception>
    public L1(double l1 = 0.01)
    {
        Factor = CheckFactor(l1, nameof(l1), nameof(L1));
    }

    /// <summary>The factor l1 (Keras' <c>l1</c>).</summary>
    public double Factor { get; }

    /// <inheritdoc/>
    public override string Name => "l1";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Ops.Multiply(Ops.Sum(Ops.Abs(x)), Factor);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["l1"] = Factor,
    };
}
