// MeanAbsoluteError: loss = mean(|y_true − y_pred|, axis=−1)
// Gradient (AbsoluteError op): ∂loss/∂y_pred = sign(y_pred − y_true) / n_last, with sign(0) = 0.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>Mean of absolute errors over the last axis: a regression loss robust to outliers.</summary>
/// <remarks><c>loss = mean(|y_true − y_pred|, axis=−1)</c>.</remarks>
public sealed class MeanAbsoluteError : Loss
{
    /// <inheritdoc/>
    public override string Name => "mean_absolute_error";

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred)
    {
        Tensor e = Ops.AbsoluteError(yPred, yTrue);
        return yPred.Rank == 0 ? e : Ops.Mean(e, -1);
    }
}
