// L2 (Keras 3, keras/src/regularizers/regularizers.py): penalty = l2 · Σx², default l2 = 0.01.
// Its gradient is 2 · l2 · x: weights shrink in proportion to their size ("weight decay" through the loss).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Regularizers;

/// <summary>The L2 penalty l2·Σx², which favours small weights.</summary>
/// <remarks><c>penalty = l2 · Σx²</c>.</remarks>
public sealed class L2 : Regularizer
{
    /// <summary>Creates an L2 regularizer.</summary>
    /// <param name="l2">The factor, ≥ 0; default 0.01.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="l2"/> is negative or not finite.</exception>
    public L2(double l2 = 0.01)
    {
        Factor = CheckFactor(l2, nameof(l2), nameof(L2));
    }

    /// <summary>The factor l2 (Keras' <c>l2</c>).</summary>
    public double Factor { get; }

    /// <inheritdoc/>
    public override string Name => "l2";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Ops.Multiply(Ops.Sum(Ops.Square(x)), Factor);
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["l2"] = Factor,
    };
}
