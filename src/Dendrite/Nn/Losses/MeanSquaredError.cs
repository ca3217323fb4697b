// MeanSquaredError: loss = mean((y_true - y_pred)², axis=-1)
// Gradient (from the tape): ∂loss/∂y_pred = 2 (y_pred - y_true) / n_last
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>Mean of squared errors over the last axis: the regression loss.</summary>
/// <remarks><c>loss = mean((y_true − y_pred)², axis=−1)</c>.</remarks>
public sealed class MeanSquaredError : Loss
{
    /// <inheritdoc/>
    public override string Name => "mean_squared_error";

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred)
    {
        Tensor d = Ops.Subtract(yPred, yTrue);
        return yPred.Rank == 0 ? Ops.Multiply(d, d) : Ops.Mean(Ops.Multiply(d, d), -1);
    }
}
