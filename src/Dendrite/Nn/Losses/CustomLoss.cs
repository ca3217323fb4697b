// CustomLoss: a loss from a function of (y_true, y_pred) returning one value per sample, written with
// differentiable ops — the tape derives its gradient, no backward code needed. Reduced like every loss
// (sum_over_batch_size). For more control, subclass Loss instead.
using Dendrite.Tensors;

namespace Dendrite.Nn.Losses;

/// <summary>A loss defined by a function of targets and predictions, built from <c>Ops</c>.</summary>
/// <remarks><code>new CustomLoss("squared_log", (y, p) => Ops.Mean(Ops.Square(Ops.Log(p + 1) - Ops.Log(y + 1)), -1))</code></remarks>
/// <param name="name">The name shown in configs and messages.</param>
/// <param name="perSample">Maps (y_true, y_pred), each (batch, …), to the loss of each sample, shape (batch,).</param>
public sealed class CustomLoss(string name, Func<Tensor, Tensor, Tensor> perSample) : Loss
{
    private readonly Func<Tensor, Tensor, Tensor> _perSample = perSample ?? throw new ArgumentNullException(nameof(perSample));

    /// <inheritdoc/>
    public override string Name { get; } = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A custom loss needs a name.", nameof(name)) : name;

    /// <inheritdoc/>
    public override Tensor Call(Tensor yTrue, Tensor yPred) => _perSample(yTrue, yPred);
}
