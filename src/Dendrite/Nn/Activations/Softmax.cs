// Softmax: f(x)_j = e^(x_j) / Σ_k e^(x_k) along an axis (computed as e^(x_j - max x) for stability)
// Jacobian: ∂f_j/∂x_i = f_j (δ_ij - f_i). Turns logits into class probabilities.
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Activations;

/// <summary>Softmax along an axis: probabilities that sum to 1.</summary>
/// <remarks><c>f(x)_j = e^(x_j) / Σ_k e^(x_k)</c>, <c>∂f_j/∂x_i = f_j(δ_ij − f_i)</c>.</remarks>
/// <param name="axis">The axis that sums to 1; default -1 (last).</param>
public sealed class Softmax(int axis = -1) : Activation
{
    /// <summary>The axis that sums to 1.</summary>
    public int Axis { get; } = axis;

    /// <inheritdoc/>
    public override string Name => "softmax";

    /// <inheritdoc/>
    public override Tensor Call(Tensor x) => Ops.Softmax(x, Axis);

    /// <inheritdoc/>
    internal override bool CallInto(Tensor x, Tensor y)
    {
        Ops.SoftmaxInto(x, Axis, log: false, y);
        return true;
    }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?> { ["axis"] = Axis };
}
