// L1L2 (Keras 3, keras/src/regularizers/regularizers.py): penalty = l1 · Σ|x| + l2 · Σx².
// Defaults l1 = 0, l2 = 0 (the class's defaults; the "l1_l2" string shortcut uses 0.01 each).
// A zero factor adds no term at all, so the penalty costs nothing for it.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Regularizers;

/// <summary>L1 and L2 penalties together: l1·Σ|x| + l2·Σx².</summary>
/// <remarks><c>penalty = l1 · Σ|x| + l2 · Σx²</c>.</remarks>
public sealed class L1L2 : Regularizer
{
    /// <summary>Creates an L1 + L2 regularizer.</summary>
    /// <param name="l1">The L1 factor, ≥ 0; default 0.</param>
    /// <param name="l2">The L2 factor, ≥ 0; default 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A factor is negative or not finite.</exception>
    public L1L2(double l1 = 0.0, double l2 = 0.0)
    {
        L1 = CheckFactor(l1, nameof(l1), nameof(L1L2));
        L2 = CheckFactor(l2, nameof(l2), nameof(L1L2));
    }

    /// <summary>The L1 factor.</summary>
    public double L1 { get; }

    /// <summary>The L2 factor.</summary>
    public double L2 { get; }

    /// <inheritdoc/>
    public override string Name => "l1_l2";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        Tensor penalty = Tensor.Scalar(0, x.DType);
        if (L1 != 0)
        {
            penalty = Ops.Add(penalty, Ops.Multiply(Ops.Sum(Ops.Abs(x)), L1));
        }

        if (L2 != 0)
        {
            penalty = Ops.Add(penalty, Ops.Multiply(Ops.Sum(Ops.Square(x)), L2));
        }

        return penalty;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["l1"] = L1,
        ["l2"] = L2,
    };
}
