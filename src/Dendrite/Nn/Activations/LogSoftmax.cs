// Log-softmax: f(x)_j = x_j − log Σ_k e^(x_k) along an axis (computed with the max subtracted, for stability)
// ∂f_j/∂x_i = δ_ij − softmax(x)_i. Pairs with a negative log-likelihood loss.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Log of the softmax along an axis: log-probabilities.</summary>
/// <remarks><c>f(x)_j = x_j − log Σ_k e^(x_k)</c>, <c>∂f_j/∂x_i = δ_ij − softmax(x)_i</c>.</remarks>
/// <param name="axis">The axis to normalize over; default -1 (last).</param>
public sealed class LogSoftmax(int axis = -1) : Activation
{
    /// <summary>The axis normalized over.</summary>
    public int Axis { get; } = axis;

    /// <inheritdoc/>
    public override string Name => "log_softmax";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.LogSoftmax(x, Axis);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.SoftmaxInto(x, Axis, log: true, y);
        return true;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["axis"] = Axis };
}
